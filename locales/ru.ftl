# poa-report: the words people read, Russian.
# Keys are ids (questions, sections, vocabulary codes, rule ids); the tests fail on a key
# missing from, or left over in, any language. Placeables ({ $name }) are filled by the program.

## This language: its name in itself, its direction of writing (ltr or rtl), its script (ISO 15924)
## and the CLDR locale its dates, numbers and sorting follow (UN style: en-GB for English)
locale-name = Русский
locale-direction = ltr
locale-script = Cyrl
locale-cldr = ru

## Sections
section-national_coordination = Национальная координация
section-legislation_and_offences = Законодательство и правонарушения
section-manufacture = Изготовление
section-marking = Маркировка
section-record_keeping = Ведение учета
section-tracing = Отслеживание
section-stockpile_management = Управление запасами
section-surplus_and_destruction = Излишки, сбор и уничтожение
section-transfers = Передачи: экспорт, импорт, транзит, реэкспорт
section-brokering = Посредническая деятельность
section-border_controls = Пограничный и таможенный контроль
section-regional_and_global = Региональное и глобальное сотрудничество
section-ammunition = Боеприпасы
section-gender_and_disaggregated_data = Гендерная проблематика и дезагрегированные данные
section-international_cooperation = Международное сотрудничество и помощь
section-awareness_and_ddr = Информирование общественности, РДР и дети
section-additional_information = Дополнительная информация

## Questions: label, then .help
# Question texts: not yet translated.

## Fields inside questions and the report's header keys
field-format = Версия формата
field-state = Государство
field-iso3 = Код ISO 3166
field-name = Имя или наименование
field-cycle = Цикл (год совещания)
field-period = Отчетный период
field-from = С
field-to = По
field-submitted = Дата представления
field-languages = Языки
field-contacts = Контактные лица
field-id = Идентификатор контакта
field-title = Должность
field-organisation = Организация
field-email = Электронная почта
field-phone = Телефон
field-address = Адрес
field-points_of_contact = Национальные координационные центры
field-poa = Координационный центр по Программе действий
field-iti = Координационный центр по Международному документу по отслеживанию
field-firearms_protocol = Координационный центр по Протоколу об огнестрельном оружии
field-sections = Вопросник
field-answer = Ответ
field-details = Подробности
field-text = Текст
field-agencies = Ведомства
field-adopted = Год принятия
field-valid_until = Срок действия (до какого года)
field-count = Количество
field-methods = Методы
field-years = Срок хранения (лет)
field-instruments = Правовые документы
field-area = Область
field-instruments-title = Название (на языке оригинала)
field-title_en = Название на английском языке
field-date = Дата
field-description = Описание
field-link = Ссылка
field-sent = Направлено запросов
field-received = Получено запросов
field-answered = Дан ответ на запросы
field-answered_in_time = Своевременно дан ответ
field-weapons = Единицы оружия
field-ammunition_rounds = Единицы боеприпасов
field-incidents = Инциденты
field-lessons = Извлеченные уроки
field-total = Всего
field-by_sex = В разбивке по полу
field-female = Женский пол
field-male = Мужской пол
field-other = Другое или не указано
field-by_age = В разбивке по возрасту
field-under_18 = До 18 лет
field-from_18_to_29 = От 18 до 29 лет
field-from_30_to_59 = От 30 до 59 лет
field-from_60 = 60 лет и старше
field-with_disability = Лица с инвалидностью
field-seized = Изъято единиц оружия
field-traced = Отслежено единиц оружия
field-contact = Контактное лицо
field-needs = Потребности
field-priority = Приоритетность
field-offers = Предложения
field-records = Учетные записи
field-partner = Партнер
field-amount_usd = Сумма (долл. США)
field-salutation = Обращение (г-н/г-жа)
field-composition = Состав в разбивке по полу
field-women = Женщины
field-men = Мужчины
field-document = Документ (ссылка или имя файла)

## Closed vocabularies: <vocabulary>-<code>
### answer
answer-yes = Да
answer-no = Нет
answer-partially = Частично / в стадии разработки
answer-not_applicable = Неприменимо
answer-unknown = Неизвестно
### agency
agency-foreign_affairs = Иностранные дела
agency-defence = Оборона
agency-interior = Внутренние дела
agency-police = Полиция
agency-customs = Таможенная служба
agency-justice = Юстиция
agency-intelligence = Разведывательные службы
agency-trade = Торговля
agency-health = Здравоохранение
agency-parliament = Парламент
agency-civil_society = Гражданское общество
agency-other = Другое
### marking-method
marking-method-stamping = Штамповка
marking-method-laser_engraving = Лазерная гравировка
marking-method-engraving = Гравировка
marking-method-dot_peen = Ударно-точечная маркировка
marking-method-casting = Литье
marking-method-chemical_etching = Химическое травление
marking-method-other = Другое
### destruction-method
destruction-method-cutting = Резка
destruction-method-crushing = Раздавливание
destruction-method-smelting = Переплавка
destruction-method-burning = Сжигание
destruction-method-shredding = Измельчение
destruction-method-other = Другое
### legislation-area
legislation-area-manufacture = Изготовление
legislation-area-export = Экспорт
legislation-area-import = Импорт
legislation-area-transit = Транзит
legislation-area-retransfer = Реэкспорт
legislation-area-brokering = Посредническая деятельность
legislation-area-possession = Владение
legislation-area-offences = Правонарушения
legislation-area-other = Другое
### assistance-area
assistance-area-legislation = Законодательство
assistance-area-marking = Маркировка
assistance-area-record_keeping = Ведение учета
assistance-area-tracing = Отслеживание
assistance-area-stockpile_management = Управление запасами
assistance-area-destruction = Уничтожение
assistance-area-border_control = Пограничный контроль
assistance-area-ddr = Разоружение, демобилизация и реинтеграция
assistance-area-data_collection = Сбор данных
assistance-area-gender = Гендерная проблематика
assistance-area-ammunition = Боеприпасы
assistance-area-capacity_building = Укрепление потенциала
### priority
priority-high = Высокая
priority-medium = Средняя
priority-low = Низкая
### lang
lang-en = Английский
lang-ar = Арабский
lang-fr = Французский
lang-es = Испанский
lang-ru = Русский
lang-zh = Китайский

## Words of the documents and workbooks
doc-title = Национальный доклад об осуществлении Программы действий и Международного документа по отслеживанию
doc-state = Государство
doc-cycle = Цикл
doc-period = Отчетный период
doc-submitted = Дата представления
doc-not_submitted = Еще не представлен
doc-languages = Языки
doc-contacts = Национальные координационные центры
doc-contents = Содержание
doc-answer = Ответ
doc-not_answered = Ответ не дан
doc-paragraph = Пункт
doc-missing = Текста на этом языке пока нет; исходный текст:
doc-draft = ПРОЕКТ — проверка не пройдена
doc-findings = Приложение: замечания по итогам проверки
doc-rule = Правило
doc-where = Место
doc-page = Страница
doc-docx_note = Слова, выделенные серым, — это поля: их можно свободно изменять. Команда импорта (poa-report import) переносит их обратно в доклад; изменения в других местах не считываются.
doc-docx_add_details = Подробности: впишите сюда или оставьте как есть.
doc-section_heading = Раздел { $number }: { $label }
doc-sources = Цитируемые источники
doc-page_of = Страница { $page } из { $total }
doc-poc_same = Координационный центр по Программе действий выполняет эти функции и в отношении Международного документа по отслеживанию.
doc-poc_separate = Для Международного документа по отслеживанию назначен отдельный координационный центр.
doc-questions_pending = Вопросы ещё не переведены на этот язык и приводятся на английском.
doc-question = Вопрос
doc-number = №
doc-salutation = Обращение
doc-sheet_cover = Титульный лист
doc-sheet_contacts = Контакты
doc-sheet_findings = Замечания
doc-status = Результат проверки
doc-status_valid = проверка пройдена
doc-status_invalid = проверка не пройдена: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}
doc-errors = Ошибки
doc-warnings = Предупреждения
doc-severity = Степень важности
doc-message = Сообщение
doc-whole_number = Целое число, 0 или больше.
doc-xlsx_source = Источник
doc-xlsx_label = Название
doc-xlsx_field = Поле
doc-xlsx_value = Ответ / значение
doc-xlsx_text = Текст

## Severities of findings
severity-error = ошибка
severity-warning = предупреждение
severity-info = информация

## Rules: message, then .summary
rule-CNT-001 = ответ — `{ $answer }`, но поле `{ $field }` заполнено
    .summary = цифры или списки приведены при ответе `no` или `not_applicable`
rule-ANS-001 = ответ еще не дан: { $label }
    .summary = на вопрос еще не дан ответ
rule-POC-001 = { $problem }
    .summary = каждый идентификатор контакта, на который дается ссылка, существует в `contacts`; идентификаторы не повторяются
rule-POC-002 = национальный координационный центр по Программе действий (`points_of_contact.poa`) не указан
    .summary = указан национальный координационный центр по Программе действий
rule-POC-003 = на вопрос `{ $question }` дан ответ, поэтому необходимо указать координационный центр по Международному документу по отслеживанию (`points_of_contact.iti`)
    .summary = если дан ответ на какой-либо вопрос о маркировке, ведении учета или отслеживании, указан координационный центр по Международному документу по отслеживанию
rule-POC-004 = контакт `{ $id }` назначен координационным центром ({ $role }), но для него не указаны ни адрес электронной почты, ни телефон
    .summary = для контакта, назначенного координационным центром, указан адрес электронной почты или телефон
rule-COOP-001 = требуется помощь в области «{ $area }», но на все вопросы раздела «{ $section }» дан ответ «Да»
    .summary = потребность в помощи указана в области, по разделу которой сообщается о полном осуществлении (на все вопросы дан ответ `yes`)
rule-GEN-001 = данные { $split } в сумме составляют { $sum }, что больше общего числа ({ $total })
    .summary = сумма дезагрегированных данных (в разбивке по полу, по возрастным группам, о лицах с инвалидностью) не превышает общего числа, которое они детализируют
rule-LANG-001 = у текста нет версии на следующем языке: { $missing }; в докладе заявлены языки: { $declared }
    .summary = в свободном тексте отсутствует версия на одном из языков, заявленных в `languages` (в двуязычном документе будет подставлен текст на другом языке)
rule-MARK-001 = маркировка при изготовлении: `{ $answer }`, но, согласно `manufacture.domestic_manufacture`, изготовление не ведется
    .summary = на вопрос о маркировке при изготовлении дан ответ «да» или «частично», хотя государство сообщает, что отечественного изготовления нет
rule-MARK-002 = государство изготавливает стрелковое оружие, но вопрос о маркировке при изготовлении { $state }
    .summary = сообщается об отечественном изготовлении, но на вопрос о маркировке при изготовлении дан ответ «нет» или ответ не дан
rule-MARK-003 = указано, что импортируемое оружие маркируется, но `transfers.import_controls` имеет значение `no`
    .summary = на вопрос о маркировке при импорте дан ответ «да», а на вопрос о контроле за импортом — «нет»
rule-PER-001 = { $problem }
    .summary = период заканчивается до даты `submitted` и до года совещания цикла; он охватывает не более двух лет, прошедших после предыдущего цикла
rule-REC-001 = { $what } хранятся { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}; ITI 12 требует не менее { $minimum ->
    [one] { $minimum } года
    [few] { $minimum } лет
    [many] { $minimum } лет
   *[other] { $minimum } года
}
    .summary = срок хранения учетных записей меньше предусмотренного ITI 12: 30 лет для записей об изготовлении, 20 лет для остальных
rule-STATE-001 = `{ $code }` не является кодом ISO 3166-1 alpha-3{ $hint }
    .summary = `state.iso3` — код ISO 3166-1 alpha-3 (или код, назначаемый пользователем, для вымышленного государства)
rule-TXT-001 = текст содержит управляющий символ U+{ $code }, который невозможно передать в XML; удалите его
    .summary = текст содержит управляющий символ, недопустимый в XML 1.0
rule-TXT-002 = текст содержит невидимый символ управления направлением письма U+{ $code }; из-за него текст может читаться иначе, чем был набран, — удалите его
    .summary = текст содержит невидимые символы управления двунаправленным текстом (U+202A–U+202E, U+2066–U+2069)
rule-TRC-001 = число { $part } ({ $count }) превышает число { $whole } ({ $limit })
    .summary = число запросов об отслеживании, на которые дан ответ, превышает число полученных запросов (или число своевременных ответов превышает число ответов); значения не могут быть отрицательными
rule-SDG-001 = { $traced ->
    [one] отслежена { $traced } единица оружия
    [few] отслежены { $traced } единицы оружия
    [many] отслежено { $traced } единиц оружия
   *[other] отслежено { $traced } единицы оружия
}, но { $seized ->
    [one] изъята лишь { $seized }
    [few] изъяты лишь { $seized }
    [many] изъято лишь { $seized }
   *[other] изъято лишь { $seized }
}
    .summary = число отслеженных единиц оружия превышает число изъятых

## Schema findings: messages (schema-*) and what each id means
schema-not-allowed = { $value } здесь не допускается
schema-unknown-key = неизвестный ключ `{ $key }`
schema-did-you-mean = ; возможно, имелось в виду `{ $hint }`?
schema-missing-key = отсутствует обязательный ключ `{ $key }`
schema-expected = ожидается { $expected }, получено: { $value }
schema-not-one-of = { $value } не входит в число допустимых значений: { $allowed }
schema-below-minimum = { $value } меньше минимального значения { $limit }
schema-above-maximum = { $value } больше максимального значения { $limit }
schema-bad-format = { $value } не является допустимым значением (требуется { $form })
schema-bad-pattern = { $value } не соответствует требуемому формату ({ $form })
schema-too-few-items = список должен содержать не менее { $limit ->
    [one] { $limit } элемента
    [few] { $limit } элементов
    [many] { $limit } элементов
   *[other] { $limit } элемента
}
schema-repeated-item = в списке повторяется элемент
schema-too-long = текст длиннее { $limit ->
    [one] { $limit } символа
    [few] { $limit } символов
    [many] { $limit } символов
   *[other] { $limit } символа
}
rule-SCHEMA-001 =
    .summary = неизвестный ключ
rule-SCHEMA-002 =
    .summary = отсутствует обязательный ключ
rule-SCHEMA-003 =
    .summary = значение неверного типа
rule-SCHEMA-004 =
    .summary = значение не из списка допустимых
rule-SCHEMA-005 =
    .summary = число вне допустимого диапазона
rule-SCHEMA-006 =
    .summary = текст не в требуемом формате (дата, адрес электронной почты, код)
rule-SCHEMA-007 =
    .summary = список или текст недопустимой длины либо повторяющиеся элементы

## Sources: full titles of the documents cited (see src/sources.rs)
source-poa = Программа действий по предотвращению и искоренению незаконной торговли стрелковым оружием и легкими вооружениями во всех ее аспектах и борьбе с ней
source-iti = Международный документ, позволяющий государствам своевременно и надежно выявлять и отслеживать незаконные стрелковое оружие и легкие вооружения
source-firearms-protocol = Протокол против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему
source-sdg = Повестка дня в области устойчивого развития на период до 2030 года, задача 16.4 и показатель 16.4.2
source-revcon2 = Доклад второй Конференции Организации Объединенных Наций по обзору прогресса, достигнутого в осуществлении Программы действий: итоговый документ
source-revcon4-elements = Подготовительный комитет четвертой Конференции по обзору: перечень элементов, записка назначенного Председателя
source-ga-77-71 = Резолюция 77/71 Генеральной Ассамблеи «Незаконная торговля стрелковым оружием и легкими вооружениями во всех ее аспектах»
source-mge-2011 = Резюме Председателя совещания правительственных экспертов открытого состава по вопросам маркировки, учета и отслеживания (2011 год)
source-untoc-cop-9-2 = Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности, резолюция 9/2 о Протоколе об огнестрельном оружии
source-iso-3166 = Коды для представления наименований стран и единиц их административно-территориального деления, часть 1: коды стран
source-xml = Расширяемый язык разметки (XML) 1.0, пятое издание
source-uax9 = Приложение № 9 к стандарту Юникод: алгоритм двунаправленного текста Юникода

## Regional analysis (aggregate): page, workbook, regions command
agg-title = Региональный анализ национальных докладов об осуществлении Программы действий и Международного документа по отслеживанию
agg-read-summary = { $read ->
    [one] прочитан { $read } доклад
    [few] прочитано { $read } доклада
    [many] прочитано { $read } докладов
   *[other] прочитано { $read } доклада
}; не прошли проверку: { $flagged }; { $headline }
agg-subtitle = Цикл представления докладов: { $cycle }
agg-subtitle-region = { $region }: цикл представления докладов { $cycle }
agg-no-cycle = Не удалось прочитать ни одного доклада.
agg-reported-of = { $reported } из { $expected ->
    [one] { $expected } государства
    [few] { $expected } государств
    [many] { $expected } государств
   *[other] { $expected } государства
} { $reported ->
    [one] представило доклад
    [few] представили доклады
    [many] представили доклады
   *[other] представили доклады
} за цикл { $cycle }
agg-reported = { $reported ->
    [one] { $reported } государство представило доклад
    [few] { $reported } государства представили доклады
    [many] { $reported } государств представили доклады
   *[other] { $reported } государства представили доклады
} за цикл { $cycle }
agg-missing = Государства, не представившие доклады
agg-none-missing = Доклады представили все члены.
agg-outside = Доклады государств, не входящих в регион (в таблицы не включены)
agg-overall = Региональный показатель осуществления
agg-scores = Показатель осуществления в разбивке по государствам и разделам
agg-scores-note = Доля применимых вопросов с ответом «да» (ответ «частично» засчитывается как половина); вопросы без ответа, с ответом «неизвестно» или «неприменимо» не учитываются. Мелкая цифра — число вопросов, на которых основан показатель.
agg-no-score = показателя нет
agg-sections-chart = Средний показатель по региону в разбивке по разделам
agg-answers-chart = Ответы в разбивке по разделам, все государства, представившие доклады
agg-questions = Ответы в разбивке по вопросам
agg-changes = Изменения по сравнению с предыдущим циклом ({ $cycle })
agg-no-changes = Ни одно государство из этого набора не представило доклады в обоих циклах.
agg-figures = Основные данные
agg-figures-note = Количественные данные суммируются по всем государствам. Годы и другие значения, относящиеся к отдельным государствам, приводятся в виде минимума, медианы и максимума и никогда не суммируются.
agg-total = Итого по региону
agg-min = Минимум
agg-median = Медиана
agg-max = Максимум
agg-states = Государства
agg-assistance = Помощь: сопоставление потребностей и предложений
agg-unmatched = потребности, на которые в этом наборе нет предложений
agg-offers = Предложения о помощи
agg-contacts = Координационные центры
agg-files = Прочитанные доклады
agg-state = Государство
agg-iso3 = Код
agg-cycle = Цикл
agg-file = Файл
agg-valid = Проверка пройдена
agg-errors = Ошибки
agg-warnings = Предупреждения
agg-problem = Проблема
agg-use = Использование
agg-area = Область
agg-priority = Приоритетность
agg-need = Потребность
agg-offered-by = Кто предлагает
agg-none = в этом наборе нет
agg-yes = да
agg-no = нет
agg-previous = Предыдущий показатель
agg-current = Текущий показатель
agg-change = Изменение
agg-score = Показатель
agg-questions-count = Вопросы
agg-number = №
agg-question = Вопрос
agg-section = Раздел
agg-role = Функция
agg-name = Имя
agg-organisation = Организация
agg-email = Электронная почта
agg-phone = Телефон
agg-submitted = Дата представления
agg-versions = Версии
agg-overall-column = Все разделы
agg-use-used = использован
agg-use-superseded = заменен более поздней версией
agg-use-previous_cycle = предыдущий цикл (только для изменений)
agg-use-other_cycle = другой цикл
agg-use-outside_region = вне региона
agg-use-unreadable = не удалось прочитать
agg-figure-tracing_sent = Направлено запросов об отслеживании
agg-figure-tracing_received = Получено запросов об отслеживании
agg-figure-tracing_answered = Дан ответ на запросы об отслеживании
agg-figure-weapons_collected = Собрано единиц оружия
agg-figure-weapons_destroyed = Уничтожено единиц оружия
agg-figure-retention_manufacture_years = Срок хранения учетных записей об изготовлении (лет)
agg-figure-retention_other_years = Срок хранения прочих учетных записей (лет)
agg-sheet-summary = Сводка
agg-sheet-scores = Показатели
agg-sheet-questions = Вопросы
agg-sheet-changes = Изменения
agg-sheet-figures = Данные
agg-sheet-assistance = Помощь
agg-sheet-contacts = Контакты
agg-sheet-files = Прочитанные доклады
agg-sheet-charts = Диаграммы
agg-region = Регион
agg-members = Члены
agg-valid-on = Список по состоянию на
agg-kind-un-group = региональная группа ООН
agg-kind-organisation = региональная организация

## The report form (serve)
form-title = Форма национального доклада
form-contents = Содержание
form-findings = Замечания
form-no-findings = Замечаний нет: на данный момент доклад соответствует требованиям.
form-saved = Сохранено
form-saving = Сохранение…
form-conflict = Файл на диске изменился после загрузки этой страницы (в другой вкладке или в редакторе). Ничего не записано. Перезагрузите страницу, чтобы увидеть файл в его нынешнем виде.
form-reload = Перезагрузить
form-download = Скачать
form-upload = Заменить рабочей книгой или файлом XML
form-upload-confirm = Заменить весь доклад содержимым этого файла? Текущие ответы будут перезаписаны.
form-upload-kinds = Загрузите рабочую книгу (.xlsx) или доклад в формате XML (.xml).
form-add = Добавить
form-remove = Удалить
form-up = Переместить вверх
form-down = Переместить вниз
form-language = Язык
form-state-complete = заполнен
form-state-findings = есть замечания
form-state-unanswered = есть вопросы без ответа
form-choose = — выберите —
form-help = Справка
form-file = Файл
form-skip = Перейти к вопросам
form-page-report = Доклад
form-page-contacts = Контактные лица и координационные центры
form-cannot-render = Доклад пока не соответствует формату (см. замечания); его невозможно отобразить, пока они не будут устранены.
form-malformed = строка { $line }, столбец { $column }: { $problem }. Форма не может прочитать файл в его нынешнем виде и ничего в нем не изменила.
form-malformed-way-out = Откройте файл в текстовом редакторе, исправьте его в указанном месте (или восстановите сохраненную копию), сохраните, а затем перезагрузите эту страницу. Ваши ответы находятся в файле; ничего не потеряно.
form-unreadable-change = Это изменение не сохранено: файл стал бы нечитаемым ({ $problem }). Файл остался без изменений.

## Phrases the rules quote inside their messages
phrase-contact-duplicate = идентификатор контакта `{ $id }` используется дважды (впервые — в контакте № { $first })
phrase-contact-unknown = контакта с идентификатором `{ $id }` нет{ $hint }
phrase-role-poa = Программа действий
phrase-role-iti = Международный документ по отслеживанию
phrase-role-firearms_protocol = Протокол об огнестрельном оружии
phrase-period-reversed = период заканчивается ({ $to }) раньше, чем начинается ({ $from })
phrase-period-ends-late = период заканчивается { $to }, но должен закончиться до года совещания ({ $cycle })
phrase-period-starts-early = период начинается { $from }, но может охватывать только { $first } и { $last } годы (два года, прошедшие после предыдущего цикла)
phrase-period-submitted-early = дата представления — { $submitted }, но период длится до { $to }
phrase-marking-no = имеет ответ `no`
phrase-marking-unanswered = остался без ответа
phrase-records-manufacture = учетные записи об изготовлении
phrase-records-other = прочие учетные записи (об импорте, экспорте, имеющемся оружии)
phrase-split-by_sex = в разбивке по полу
phrase-split-by_age = в разбивке по возрастным группам
phrase-split-with_disability = о лицах с инвалидностью
phrase-tracing-received = полученных запросов
phrase-tracing-answered = запросов с ответом
phrase-tracing-answered_in_time = запросов со своевременным ответом
phrase-state-hint = {" "}(возможно, имелось в виду `{ $code }`, { $name }?)
phrase-list-separator = {", "}
phrase-entry-separator = {"; "}
phrase-nothing = (нет)

## Words of schema messages
schema-value-empty = пустое значение
schema-value-list = список
schema-value-map = словарь
schema-type-integer = целое число
schema-type-number = число
schema-type-string = текст
schema-type-object = словарь
schema-type-array = список
schema-type-boolean = true или false
schema-type-or = {" "}или{" "}
schema-format-date = дата (ГГГГ-ММ-ДД)
schema-format-email = адрес электронной почты
schema-pattern-date = ГГГГ-ММ-ДД
schema-pattern-iso3 = три заглавные латинские буквы
schema-pattern-id = строчные латинские буквы, цифры, `-`, `_`, `.`

## The summary line of validate
cli-errors = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
}
cli-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
    [many] { $count } предупреждений
   *[other] { $count } предупреждения
}
cli-unanswered = { $count ->
    [one] { $count } вопрос пока без ответа
    [few] { $count } вопроса пока без ответа
    [many] { $count } вопросов пока без ответа
   *[other] { $count } вопроса пока без ответа
}
cli-valid = проверка пройдена

## The comments init writes into a new report
init-title = Национальный доклад об осуществлении Программы действий и Международного документа по отслеживанию
init-answers = Ответы: yes | no | partially (частично или в стадии разработки) | not_applicable | unknown.
init-check = Проверка: poa-report validate FILE
init-questionnaire = Вопросник
init-points_of_contact = Национальные координационные центры
init-contacts = Все лица и учреждения, на которые даются ссылки по идентификатору

## Load errors: what kind of problem (shown before the reader's own detail in other languages)
load-FILE-001 = файл не удается прочитать
load-FILE-002 = размер файла превышает допустимый предел
load-FILE-003 = файл не является текстом в кодировке UTF-8
load-FILE-004 = файл пуст
load-YAML-001 = текст не является корректным YAML
load-YAML-002 = ключ встречается дважды в одном словаре
load-YAML-003 = слишком глубокая вложенность текста
load-YAML-004 = текст состоит из слишком большого числа частей
load-YAML-005 = в тексте используется возможность YAML, которая в докладах не применяется
load-YAML-006 = файл не содержит документа YAML

## The submission portal (poa-report portal)
portal-portal = Национальные доклады по Программе действий и Международному документу по отслеживанию — портал представления
portal-secretariat = Секретариат
portal-overview = Все государства
portal-audit = Журнал аудита
portal-my-reports = Доклады моего государства
portal-sign-in = Вход
portal-sign-out = Выход
portal-email = Адрес электронной почты
portal-password = Пароль
portal-sign-in-help = Учетные записи для национальных координационных центров каждого государства создает секретариат. Запросите у него ссылку для установки пароля.
portal-sign-in-wrong = Неверный адрес электронной почты или пароль либо учетная запись отключена.
portal-sign-in-locked = Слишком много неудачных попыток: подождите 15 минут и повторите попытку.
portal-set-password = Установите пароль
portal-new-password = Новый пароль
portal-repeat-password = Повторите пароль
portal-password-help = { $min ->
    [one] Не менее { $min } символа.
    [few] Не менее { $min } символов.
    [many] Не менее { $min } символов.
   *[other] Минимальное число символов: { $min }.
} Фразу из нескольких слов легко запомнить и трудно угадать.
portal-password-differ = Пароли не совпадают.
portal-password-short = { $min ->
    [one] Пароль должен содержать не менее { $min } символа.
    [few] Пароль должен содержать не менее { $min } символов.
    [many] Пароль должен содержать не менее { $min } символов.
   *[other] Пароль слишком короткий: минимальное число символов — { $min }.
}
portal-password-long = Пароль может содержать не более 1024 символов.
portal-password-set = Пароль установлен. Теперь можно войти в систему.
portal-link-invalid = Эта ссылка неизвестна, уже использована или срок ее действия истек: запросите новую у секретариата.
portal-home = Вернуться на начальную страницу
portal-csrf = Срок действия этой формы истек, или она отправлена не с этого портала: перезагрузите страницу и повторите попытку.
portal-other-state = Эта страница относится к докладам другого государства.
portal-secretariat-only = Эту страницу может открыть только секретариат.
portal-own-state-only = Изменять или представлять доклад государства могут только его национальные координационные центры.
portal-state = Государство
portal-cycle = Цикл
portal-cycles = Циклы
portal-versions = Представленные версии
portal-version = Версия
portal-status = Статус
portal-status-submitted = Представлен
portal-status-with-errors = Представлен как проект (с ошибками)
portal-status-draft = Только проект
portal-status-not-yet = Еще не представлен
portal-no-cycles = Ни один доклад этого государства еще не начат и не представлен.
portal-open-cycle = Открыть доклад цикла
portal-open = Открыть
portal-fill-in = Заполнить доклад по разделам, сразу видя замечания
portal-view-form = Посмотреть проект в том виде, в каком его показывает форма
portal-draft = Проект
portal-draft-saved = Последнее сохранение: { $at }, пользователь { $by }.
portal-draft-findings = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] ошибок: { $errors }
}, { $warnings ->
    [one] { $warnings } предупреждение.
    [few] { $warnings } предупреждения.
    [many] { $warnings } предупреждений.
   *[other] предупреждений: { $warnings }.
}
portal-counts = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] ошибок: { $errors }
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] предупреждений: { $warnings }
}
portal-question = Вопрос
portal-finding = Замечание
portal-line = Строка
portal-more-findings = … и еще { $count } (чтобы увидеть все, скачайте проект).
portal-download = Скачать для согласования
portal-submit = Представить доклад
portal-submit-as-draft = Представить как проект
portal-submit-draft-only = В докладе есть ошибки: до их исправления его можно представить только как проект, с соответствующей пометкой.
portal-no-draft = Проекта доклада за этот цикл пока нет.
portal-start-from-previous = Начать на основе доклада за цикл { $cycle }
portal-start-empty = Начать с пустого доклада
portal-start-failed = Не удалось создать проект: { $problem }
portal-upload = Заменить проект файлом (YAML, XLSX или XML)
portal-upload-button = Загрузить
portal-upload-kinds = Загрузите доклад в формате YAML (.yaml), в виде рабочей книги (.xlsx) или в формате XML (.xml).
portal-upload-not-report = Файл в формате YAML, но это не доклад (проверьте его командой poa-report validate).
portal-upload-failed = Не удалось прочитать файл: { $problem }
portal-upload-empty = Выберите файл для загрузки.
portal-upload-other-report = Этот файл содержит доклад другого государства: { $found } (ожидалось: { $expected }).
portal-draft-stale = Проект изменился после загрузки этой страницы (в другой вкладке или по действию коллеги): перезагрузите страницу, чтобы увидеть его.
portal-submit-refused = Доклад не представлен: { $problem }
portal-nothing-to-submit = Нет проекта для представления: сначала создайте или загрузите его.
portal-no-draft-file = Проекта доклада за этот цикл нет.
portal-cannot-render = Проект невозможно отобразить, пока не исправлены ошибки формы.
portal-received = Получен
portal-result = Проверка
portal-result-valid = { $warnings ->
    [one] Проверка пройдена: ошибок нет, { $warnings } предупреждение
    [few] Проверка пройдена: ошибок нет, { $warnings } предупреждения
    [many] Проверка пройдена: ошибок нет, { $warnings } предупреждений
   *[other] Проверка пройдена: ошибок нет, предупреждений: { $warnings }
}
portal-result-draft = Проект: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] ошибок: { $errors }
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] предупреждений: { $warnings }
}
portal-sha256 = SHA-256
portal-as-submitted = в представленном виде
portal-no-versions = За этот цикл ничего не представлено.
portal-receipts = Подтверждения получения
portal-receipt-title = Подтверждение получения доклада
portal-receipt-id = Номер подтверждения
portal-receipt-at = Подтверждение выдано
portal-submitter = Кем представлен
portal-receipt-pdf = Скачать подтверждение (PDF)
portal-receipt-final = Доклад получен и сохранен в показанном виде. Сохраните это подтверждение.
portal-receipt-draft-only = В докладе есть ошибки, и он сохранен как проект. Исправьте ошибки и представьте доклад снова.
portal-receipt-unchanged = Это содержимое уже было представлено: показанная версия не изменилась.
portal-no-receipt = Такого подтверждения нет.
portal-back-to-report = Вернуться к докладу
portal-audit-shown = Показаны последние записи: { $shown } из { $total }.
portal-at = Время
portal-actor = Кто
portal-action = Действие
portal-subject = Объект
portal-detail = Подробности
portal-changes = Изменения
portal-from = Исходная версия
portal-to = Новая версия
portal-compare = Сравнить
portal-compare-help = Каждая из сторон — это цикл (2026: его последняя версия), версия доклада за цикл (2026/2) или проект доклада за цикл (2026/draft).
portal-compare-missing = Нет доклада { $report } для сравнения.
portal-compare-unreadable = { $report } невозможно прочитать как доклад, поэтому сравнение невозможно.
portal-change-count = изменений: { $count }
portal-changes-none = Ни один ответ, текст или показатель не изменился.
portal-label = Формулировка
portal-field = Поле
portal-field-answer = ответ
portal-field-details = подробности
portal-before = Было
portal-after = Стало
portal-kind-added = добавлено
portal-kind-removed = удалено
portal-kind-changed = изменено
portal-changes-from-version = изменения по сравнению с версией { $version }
portal-changes-from-cycle = изменения по сравнению с циклом { $cycle }
portal-draft-changes = Что меняет проект
portal-regions = Региональный анализ
portal-regions-help = Каждый анализ использует последнюю версию доклада каждого государства за цикл, как команда poa-report aggregate --region: доля представленных докладов, показатели осуществления, основные данные, потребности в помощи и предложения о ней.
portal-region = Регион
portal-reported = Представили доклады
portal-reported-of = { $reported } из { $members }
portal-all-states = Все государства, представившие доклады
portal-downloads = Файлы для скачивания

## The language server (poa-report lsp): code actions
lsp-change-to = Заменить на
lsp-insert-question = Вставить вопрос
