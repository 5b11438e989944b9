# poa-report: the words people read, Arabic.
# Keys are ids (questions, sections, vocabulary codes, rule ids); the tests fail on a key
# missing from, or left over in, any language. Placeables ({ $name }) are filled by the program.

## This language: its name in itself, its direction of writing (ltr or rtl), its script (ISO 15924)
## and the CLDR locale its dates, numbers and sorting follow (UN style: en-GB for English)
locale-name = العربية
locale-direction = rtl
locale-script = Arab
locale-cldr = ar

## Sections
section-national_coordination = التنسيق الوطني
section-legislation_and_offences = التشريعات والجرائم
section-manufacture = التصنيع
section-marking = الوسم
section-record_keeping = حفظ السجلات
section-tracing = التعقب
section-stockpile_management = إدارة المخزونات
section-surplus_and_destruction = الفائض والجمع والتدمير
section-transfers = عمليات النقل: التصدير والاستيراد والمرور العابر وإعادة النقل
section-brokering = السمسرة
section-border_controls = مراقبة الحدود والجمارك
section-regional_and_global = التعاون الإقليمي والعالمي
section-ammunition = الذخيرة
section-gender_and_disaggregated_data = نوع الجنس والبيانات المصنفة
section-international_cooperation = التعاون والمساعدة الدوليين
section-awareness_and_ddr = التوعية العامة ونزع السلاح والتسريح وإعادة الإدماج والأطفال
section-additional_information = معلومات إضافية

## Questions: label, then .help
q-national_coordination-coordination_body = هل توجد هيئة أو آلية تنسيق وطنية معنية بالأسلحة الصغيرة والأسلحة الخفيفة؟
    .help = اذكر الهيئة والجهات الممثلة فيها وعدد مرات اجتماعها.
q-national_coordination-civil_society_involved = هل يشارك المجتمع المدني في التنسيق الوطني؟
    .help = صف كيفية مشاركة منظمات المجتمع المدني.
q-national_coordination-national_action_plan = هل اعتُمدت خطة عمل وطنية؟
    .help = اذكر سنة اعتمادها وآخر سنة تشملها.
q-national_coordination-national_targets = هل حُددت أهداف وطنية؟
    .help = اذكر الأهداف الوطنية وكيفية قياس التقدم المحرز.
q-national_coordination-implementation_assessment = هل أُجري تقييم وطني للتنفيذ؟
    .help = اذكر متى أُجري ومن أجراه وما خلص إليه.
q-national_coordination-women_participation = هل تشارك المرأة في وضع السياسات والتخطيط والتنفيذ؟
    .help = صف التدابير المتخذة لضمان مشاركة المرأة الكاملة والمتساوية.
q-legislation_and_offences-instruments = ما هي القوانين واللوائح والإجراءات التي تكفل الرقابة على الأسلحة الصغيرة والأسلحة الخفيفة؟
    .help = أدخل كل صك على حدة: المجال، والعنوان باللغة الأصلية وبالإنكليزية، والتاريخ، وكيفية تحقيقه للرقابة، والرابط.
q-legislation_and_offences-control_manufacture = هل تنظم القوانين تصنيع الأسلحة الصغيرة والأسلحة الخفيفة؟
    .help = اذكر القانون والسلطة المختصة بتطبيقه.
q-legislation_and_offences-control_export = هل تنظم القوانين التصدير؟
    .help = اذكر القانون وسلطة الترخيص.
q-legislation_and_offences-control_import = هل تنظم القوانين الاستيراد؟
    .help = اذكر القانون وسلطة الترخيص.
q-legislation_and_offences-control_transit = هل تنظم القوانين المرور العابر والمسافنة؟
    .help = اذكر القانون والسلطة المختصة.
q-legislation_and_offences-control_retransfer = هل تنظم القوانين إعادة النقل؟
    .help = صف شروط إعادة النقل.
q-legislation_and_offences-criminal_offences = هل يُعدّ الصنع والحيازة والتخزين والاتجار غير المشروع جرائم جنائية؟
    .help = اذكر الجرائم والعقوبات المقررة لها.
q-legislation_and_offences-illicit_actors_identified = هل يجري تحديد الجماعات والأفراد الضالعين في الاتجار غير المشروع وملاحقتهم قضائيا؟
    .help = صف التدابير والجهات المعنية.
q-legislation_and_offences-illicit_financing_addressed = هل يجري التصدي لتمويل الحيازة غير المشروعة للأسلحة الصغيرة والأسلحة الخفيفة؟
    .help = صف التدابير المتخذة.
q-legislation_and_offences-embargo_measures = هل توجد تدابير لمكافحة انتهاكات حظر توريد الأسلحة الذي يفرضه مجلس الأمن؟
    .help = اذكر القانون أو الإجراء الذي يُطبَّق به الحظر.
q-legislation_and_offences-laws_public = هل تُنشر القوانين واللوائح والإجراءات الوطنية؟
    .help = اذكر مكان نشرها.
q-manufacture-domestic_manufacture = هل تُصنَّع الأسلحة الصغيرة والأسلحة الخفيفة في الدولة؟
    .help = اذكر عدد الصانعين المرخص لهم في الحقل count.
q-manufacture-licensing_required = هل يلزم الحصول على ترخيص لتصنيع الأسلحة الصغيرة والأسلحة الخفيفة؟
    .help = صف نظام الترخيص والتسجيل للصانعين.
q-manufacture-craft_production = هل يجري التصدي للإنتاج اليدوي والحرفي للأسلحة النارية؟
    .help = صف حجم الإنتاج اليدوي والحرفي والتدابير المتخذة.
q-manufacture-privately_made_firearms = هل تتناول القوانين الأسلحة النارية المصنوعة بصورة خاصة؟
    .help = صف القواعد المنظمة للأسلحة النارية المصنوعة بصورة خاصة ومجموعات تجميعها.
q-manufacture-three_d_printing = هل تتناول القوانين الأسلحة المصنوعة بالطباعة الثلاثية الأبعاد؟
    .help = صف الضوابط على الأسلحة المصنوعة بالطباعة الثلاثية الأبعاد وملفاتها الرقمية.
q-manufacture-polymer_weapons = هل تتناول القوانين الأسلحة المصنوعة من البوليمرات؟
    .help = صف كيفية وسم الهياكل المصنوعة من البوليمرات وتسجيلها.
q-manufacture-modular_designs = هل تتناول القوانين الأسلحة ذات التصميم التجميعي؟
    .help = اذكر أي مكوّن يُعامل على أنه السلاح لأغراض الوسم والسجلات.
q-manufacture-deactivation_standards = هل توجد معايير لتعطيل الأسلحة النارية بحيث يتعذر إعادة تشغيلها؟
    .help = صف المعيار والجهة التي تتحقق من التعطيل.
q-marking-at_manufacture = هل توسم الأسلحة الصغيرة والأسلحة الخفيفة عند الصنع؟
    .help = اذكر طرق الوسم وعلامات الوسم المستخدمة.
q-marking-unique_marking_elements = هل تتضمن علامات الوسم عند الصنع اسم الصانع وبلد الصنع والرقم التسلسلي؟
    .help = صف الوسم الفريد وأي عناصر أخرى.
q-marking-on_import = هل توسم الأسلحة المستوردة ببلد الاستيراد، وبسنة الاستيراد حيثما أمكن؟
    .help = اذكر طرق الوسم وعلامات الوسم المستخدمة عند الاستيراد.
q-marking-transfer_to_civilian_use = هل توسم الأسلحة المنقولة من مخزونات الدولة إلى الاستخدام المدني الدائم؟
    .help = صف الوسم الذي يحدد الدولة التي نُقلت الأسلحة من مخزوناتها.
q-marking-state_held_weapons = هل جميع الأسلحة التي تحوزها القوات المسلحة وقوات الأمن موسومة على النحو الواجب؟
    .help = صف وسم الأسلحة التي تحوزها الدولة.
q-marking-tamper_resistance = هل يُشجَّع الصانعون على وضع تدابير لمنع إزالة علامات الوسم أو تحويرها؟
    .help = صف التدابير.
q-marking-illicit_weapons_found = هل توسم الأسلحة غير المشروعة التي يُعثر عليها في الإقليم وتُسجَّل، أو تُدمَّر؟
    .help = صف ما يجري للأسلحة التي يُعثر عليها أو تُضبط.
q-marking-marking_characteristics = هل توضع علامات الوسم على سطح ظاهر، وتكون واضحة ومقروءة ودائمة وقابلة للاسترجاع؟
    .help = صف المعيار التقني المطبق.
q-marking-unmarked_weapons_prevented = هل توجد تدابير لمنع الأسلحة غير الموسومة أو غير الموسومة وسما كافيا؟
    .help = صف كيفية منع صنع هذه الأسلحة وتخزينها ونقلها وحيازتها.
q-record_keeping-records_kept = هل تُحفظ سجلات شاملة ودقيقة عن الصنع والحيازة والنقل؟
    .help = اذكر الجهة التي تحفظ السجلات وما تتضمنه.
q-record_keeping-manufacture_retention = ما هي مدة حفظ سجلات الصنع؟
    .help = اذكر الحد الأدنى في الحقل years؛ يطلب الصك الدولي للتعقب 30 سنة على الأقل.
q-record_keeping-other_retention = ما هي مدة حفظ سائر السجلات، بما فيها سجلات الاستيراد والتصدير؟
    .help = اذكر الحد الأدنى في الحقل years؛ يطلب الصك الدولي للتعقب 20 سنة على الأقل.
q-record_keeping-central_register = هل يوجد سجل مركزي محوسب؟
    .help = صف السجل والجهات التي يحق لها الاطلاع عليه.
q-record_keeping-closed_business_records = هل تحتفظ الدولة بسجلات الشركات التي تتوقف عن النشاط؟
    .help = صف كيفية انتقال السجلات إلى الدولة.
q-record_keeping-state_holdings_records = هل تتحمل الدولة المسؤولية عن جميع الأسلحة التي تحوزها وتصرفها وتسجلها؟
    .help = صف سجلات الأسلحة التي تحوزها الدولة.
q-tracing-procedures = هل توجد إجراءات لإرسال طلبات التعقب والرد عليها؟
    .help = صف الإجراء والسلطة المختصة.
q-tracing-requests = كم عدد طلبات التعقب المرسلة والواردة والتي رُدّ عليها خلال الفترة؟
    .help = اذكر الأعداد؛ ويبين الحقل answered_in_time عدد الردود المقدمة في الوقت المناسب.
q-tracing-obstacles = هل واجه التعقب عقبات؟
    .help = صف العقبات وكيفية معالجتها.
q-tracing-state_holdings_traceable = هل يمكن تعقب الأسلحة التي تحوزها الدولة وتصرفها؟
    .help = صف تدابير تعقب الأسلحة التي تحوزها الدولة.
q-tracing-interpol_iarms = هل تُستخدم قاعدة بيانات الإنتربول iARMS؟
    .help = اذكر الجهات التي تستخدمها ومدى تكرار ذلك.
q-tracing-interpol_notices = هل تُستخدم نشرات الإنتربول وقنواته في التعقب؟
    .help = صف أوجه الاستخدام.
q-tracing-seized_and_traced = كم عدد الأسلحة المضبوطة، وكم منها جرى تعقب مصدرها غير المشروع؟
    .help = أعداد لمؤشر الهدف 16-4-2.
q-stockpile_management-standards_and_procedures = هل توجد معايير وإجراءات لإدارة المخزونات وتأمينها؟
    .help = اذكر الجهات التي تنطبق عليها: القوات المسلحة والشرطة وسائر الهيئات المأذون لها.
q-stockpile_management-physical_security = هل توجد تدابير للأمن المادي للمخزونات؟
    .help = صف التخزين ومراقبة الدخول والحماية أثناء النقل.
q-stockpile_management-inventory_management = هل يوجد نظام لإدارة الجرد والمحاسبة؟
    .help = صف عمليات الجرد ومدى تواترها.
q-stockpile_management-personnel_training = هل يتلقى موظفو المخزونات تدريبا؟
    .help = صف التدريب.
q-stockpile_management-regular_review = هل تُستعرض المخزونات بانتظام لتحديد الفائض؟
    .help = صف الاستعراض ومدى تواتره.
q-stockpile_management-diversion_from_stockpiles = هل وقعت حوادث تحويل مسار من المخزونات الوطنية خلال الفترة؟
    .help = اذكر عدد الحوادث وما جرى والدروس المستفادة.
q-surplus_and_destruction-surplus_identified = هل جرى تحديد الفائض؟
    .help = صف الفائض وخطة التخلص منه.
q-surplus_and_destruction-surplus_secured = هل يُؤمَّن الفائض ريثما يجري التخلص منه؟
    .help = صف تخزين الفائض.
q-surplus_and_destruction-surplus_destroyed = هل دُمّر فائض خلال الفترة؟
    .help = اذكر الأعداد المدمرة وطرق التدمير.
q-surplus_and_destruction-seized_destroyed = هل دُمّرت أسلحة مصادرة أو مضبوطة أو مجموعة خلال الفترة؟
    .help = اذكر الأعداد المدمرة وطرق التدمير.
q-surplus_and_destruction-other_disposal_marked = عند الإذن بطريقة أخرى للتصرف، هل توسم الأسلحة وتُسجَّل؟
    .help = صف طرق التصرف المأذون بها.
q-surplus_and_destruction-weapons_collected = هل جُمعت أسلحة خلال الفترة؟
    .help = اذكر عدد الأسلحة المجموعة وصف البرامج.
q-transfers-export_criteria = هل تُقيَّم طلبات التصدير وفق معايير وطنية صارمة؟
    .help = اذكر المعايير، بما فيها خطر تحويل المسار.
q-transfers-export_controls = هل يخضع التصدير لرقابة فعالة؟
    .help = صف الترخيص للتصدير.
q-transfers-end_user_certificates = هل تُستخدم شهادات المستخدم النهائي الموثقة؟
    .help = صف الشهادة وكيفية توثيقها.
q-transfers-end_user_verification = هل يجري التحقق من التزامات المستخدم النهائي، بما في ذلك بعد التسليم؟
    .help = صف عمليات التحقق قبل الشحن وبعده.
q-transfers-retransfer_notification = هل تُخطر الدولة المصدرة الأصلية قبل إعادة النقل؟
    .help = صف ممارسة الإخطار.
q-transfers-import_controls = هل يخضع الاستيراد للرقابة؟
    .help = صف الترخيص للاستيراد وعمليات التحقق.
q-transfers-transit_controls = هل يخضع المرور العابر والمسافنة للرقابة؟
    .help = صف الضوابط.
q-transfers-export_denials = هل رُفضت تراخيص تصدير خلال الفترة؟
    .help = اذكر عدد حالات الرفض.
q-transfers-diversion_in_transfers = هل وقعت حوادث تحويل مسار من عمليات النقل الدولية خلال الفترة؟
    .help = اذكر عدد الحوادث والدروس المستفادة.
q-brokering-regulated = هل تخضع السمسرة في الأسلحة الصغيرة والأسلحة الخفيفة للتنظيم؟
    .help = اذكر القانون.
q-brokering-registration = هل يلزم تسجيل السماسرة؟
    .help = صف السجل.
q-brokering-licensing = هل يلزم ترخيص كل صفقة سمسرة أو الإذن بها؟
    .help = صف الترخيص.
q-brokering-penalties = هل توجد عقوبات على السمسرة غير المشروعة؟
    .help = اذكر العقوبات.
q-brokering-international_cooperation = هل تتعاون الدولة دوليا في مجال السمسرة؟
    .help = صف التعاون.
q-border_controls-measures = هل توجد تدابير لمراقبة الحدود لمنع النقل غير المشروع عبر الحدود؟
    .help = صف التدابير.
q-border_controls-customs_cooperation = هل تتعاون الجمارك وأجهزة مراقبة الحدود عبر الحدود؟
    .help = اذكر الشركاء والترتيبات.
q-border_controls-risk_analysis = هل يُستخدم تحليل المخاطر لكشف الشحنات غير المشروعة؟
    .help = صف تحديد سمات المخاطر ومعدات الكشف.
q-border_controls-seizures_at_borders = هل ضُبطت أسلحة على الحدود خلال الفترة؟
    .help = اذكر عدد الأسلحة المضبوطة.
q-regional_and_global-regional_point_of_contact = هل توجد جهة اتصال لدى المنظمات الإقليمية أو دون الإقليمية؟
    .help = اذكر معرّف جهة الاتصال والمنظمة.
q-regional_and_global-regional_instruments = هل الدولة طرف في صكوك إقليمية أو دون إقليمية بشأن الأسلحة الصغيرة؟
    .help = اذكر الصكوك.
q-regional_and_global-regional_mechanisms = هل تشارك الدولة في آليات إقليمية لتبادل المعلومات بين أجهزة إنفاذ القانون ومراقبة الحدود والجمارك؟
    .help = اذكر الآليات.
q-regional_and_global-embargo_cooperation = هل تتعاون الدولة مع الأمم المتحدة في تنفيذ حظر توريد الأسلحة؟
    .help = صف التعاون.
q-regional_and_global-interpol_cooperation = هل تتعاون الدولة مع الإنتربول في مجال الأسلحة الصغيرة؟
    .help = صف التعاون.
q-ammunition-covered_by_law = هل يشمل القانون الذخيرة؟
    .help = صف كيفية الرقابة على الذخيرة.
q-ammunition-marking = هل توسم الذخيرة؟
    .help = صف وسم الذخيرة وعبواتها.
q-ammunition-records = هل تُحفظ سجلات عن الذخيرة؟
    .help = صف السجلات.
q-ammunition-stockpile_safety = هل توجد معايير للسلامة والأمن لمخزونات الذخيرة؟
    .help = اذكر المعايير (مثل المبادئ التوجيهية التقنية الدولية بشأن الذخيرة).
q-ammunition-destroyed = هل دُمّرت ذخيرة خلال الفترة؟
    .help = اذكر عدد الطلقات المدمرة في الحقل count.
q-ammunition-global_framework = هل يجري تنفيذ الإطار العالمي لإدارة الذخائر التقليدية طوال عمرها؟
    .help = صف الخطوات المتخذة.
q-gender_and_disaggregated_data-gender_mainstreamed = هل تُراعى اعتبارات نوع الجنس في السياسات والبرامج المتعلقة بالأسلحة الصغيرة؟
    .help = صف التدابير المراعية لنوع الجنس.
q-gender_and_disaggregated_data-data_collection = هل تُجمع بيانات مصنفة حسب الجنس والسن والإعاقة؟
    .help = اذكر الجهات وما تجمعه من بيانات.
q-gender_and_disaggregated_data-victims = ضحايا العنف المسلح بالأسلحة النارية خلال الفترة، حسب الجنس والسن والإعاقة
    .help = يجب ألا تتجاوز الأعداد المصنفة العدد الإجمالي.
q-gender_and_disaggregated_data-personnel_trained = الموظفون الذين تلقوا تدريبا خلال الفترة، حسب الجنس والسن والإعاقة
    .help = يجب ألا تتجاوز الأعداد المصنفة العدد الإجمالي.
q-gender_and_disaggregated_data-persons_prosecuted = الأشخاص الذين لوحقوا قضائيا بسبب جرائم متصلة بالأسلحة النارية خلال الفترة، حسب الجنس والسن والإعاقة
    .help = يجب ألا تتجاوز الأعداد المصنفة العدد الإجمالي.
q-international_cooperation-assistance_needed = هل تحتاج الدولة إلى مساعدة لتنفيذ برنامج العمل والصك الدولي للتعقب؟
    .help = أدخل كل احتياج على حدة: المجال والأولوية والوصف. تجري المطابقة بين الاحتياجات والموارد.
q-international_cooperation-assistance_offered = هل تستطيع الدولة تقديم المساعدة لغيرها؟
    .help = أدخل كل عرض على حدة: المجال والوصف.
q-international_cooperation-assistance_received = هل تلقت الدولة مساعدة خلال الفترة؟
    .help = أدخل كل مشروع على حدة: الشريك والمجال والوصف والمبلغ إن كان معلنا.
q-international_cooperation-assistance_provided = هل قدمت الدولة مساعدة لغيرها خلال الفترة؟
    .help = أدخل كل مشروع على حدة: الشريك والمجال والوصف والمبلغ إن كان معلنا.
q-international_cooperation-tracing_cooperation = هل تتعاون الدولة مع غيرها في مجال التعقب؟
    .help = صف التعاون.
q-international_cooperation-information_exchange = هل تتبادل الدولة المعلومات مع غيرها؟
    .help = صف تبادل المعلومات.
q-awareness_and_ddr-public_awareness = هل توجد برامج للتوعية العامة وبناء الثقة؟
    .help = صف البرامج.
q-awareness_and_ddr-ddr_programmes = هل توجد برامج لنزع السلاح والتسريح وإعادة الإدماج؟
    .help = اذكر عدد الأسلحة المجموعة في إطارها.
q-awareness_and_ddr-children_affected = هل تُلبّى احتياجات الأطفال المتأثرين بالنزاع المسلح؟
    .help = صف التدابير.
q-additional_information-executive_summary = موجز تنفيذي
    .help = موجز قصير للتقرير.
q-additional_information-sdg_16_4 = هل تقدم الدولة تقارير عن الهدف 16-4؟
    .help = صف الصلة بين الإبلاغ عن برنامج العمل والهدف 16-4.
q-additional_information-darknet = هل توجد تدابير لمكافحة الاتجار غير المشروع عبر الشبكة الخفية؟
    .help = صف التدابير.
q-additional_information-other = معلومات أخرى
    .help = أي معلومات أخرى تود الدولة الإبلاغ عنها.

## Fields inside questions and the report's header keys
field-format = إصدار الصيغة
field-state = الدولة
field-iso3 = رمز ISO 3166
field-name = الاسم
field-cycle = الدورة (سنة الاجتماع)
field-period = فترة الإبلاغ
field-from = من
field-to = إلى
field-submitted = تاريخ التقديم
field-languages = اللغات
field-contacts = جهات الاتصال
field-id = معرّف جهة الاتصال
field-title = اللقب أو الوظيفة
field-organisation = الجهة
field-email = البريد الإلكتروني
field-phone = الهاتف
field-address = العنوان
field-points_of_contact = جهات الاتصال الوطنية
field-poa = جهة الاتصال لبرنامج العمل
field-iti = جهة الاتصال للصك الدولي للتعقب
field-firearms_protocol = جهة الاتصال لبروتوكول الأسلحة النارية
field-sections = الاستبيان
field-answer = الإجابة
field-details = التفاصيل
field-text = النص
field-agencies = الجهات
field-adopted = سنة الاعتماد
field-valid_until = سارية حتى (السنة)
field-count = العدد
field-methods = الطرق
field-years = مدة الحفظ (بالسنوات)
field-instruments = الصكوك
field-area = المجال
field-instruments-title = العنوان (باللغة الأصلية)
field-title_en = العنوان بالإنكليزية
field-date = التاريخ
field-description = الوصف
field-link = الرابط
field-sent = الطلبات المرسلة
field-received = الطلبات الواردة
field-answered = الطلبات التي رُدّ عليها
field-answered_in_time = الردود في الوقت المناسب
field-weapons = الأسلحة
field-ammunition_rounds = طلقات الذخيرة
field-incidents = الحوادث
field-lessons = الدروس المستفادة
field-total = المجموع
field-by_sex = حسب الجنس
field-female = إناث
field-male = ذكور
field-other = غير ذلك أو غير مسجل
field-by_age = حسب السن
field-under_18 = دون 18 سنة
field-from_18_to_29 = من 18 إلى 29
field-from_30_to_59 = من 30 إلى 59
field-from_60 = 60 فما فوق
field-with_disability = ذوو الإعاقة
field-seized = الأسلحة المضبوطة
field-traced = الأسلحة التي جرى تعقبها
field-contact = جهة الاتصال
field-needs = الاحتياجات
field-priority = الأولوية
field-offers = العروض
field-records = السجلات
field-partner = الشريك
field-amount_usd = المبلغ (بدولارات الولايات المتحدة)
field-salutation = صيغة المخاطبة (السيد/السيدة)
field-composition = الأعضاء حسب الجنس
field-women = النساء
field-men = الرجال
field-document = الوثيقة (رابط أو اسم ملف)

## Closed vocabularies: <vocabulary>-<code>
### answer
answer-yes = نعم
answer-no = لا
answer-partially = جزئيا / قيد الإعداد
answer-not_applicable = لا ينطبق
answer-unknown = غير معروف
### agency
agency-foreign_affairs = الشؤون الخارجية
agency-defence = الدفاع
agency-interior = الداخلية
agency-police = الشرطة
agency-customs = الجمارك
agency-justice = العدل
agency-intelligence = الاستخبارات
agency-trade = التجارة
agency-health = الصحة
agency-parliament = البرلمان
agency-civil_society = المجتمع المدني
agency-other = غير ذلك
### marking-method
marking-method-stamping = الختم
marking-method-laser_engraving = النقش بالليزر
marking-method-engraving = النقش
marking-method-dot_peen = الوسم بالنقاط
marking-method-casting = الصب
marking-method-chemical_etching = الحفر الكيميائي
marking-method-other = غير ذلك
### destruction-method
destruction-method-cutting = القطع
destruction-method-crushing = السحق
destruction-method-smelting = الصهر
destruction-method-burning = الحرق
destruction-method-shredding = التفتيت
destruction-method-other = غير ذلك
### legislation-area
legislation-area-manufacture = التصنيع
legislation-area-export = التصدير
legislation-area-import = الاستيراد
legislation-area-transit = المرور العابر
legislation-area-retransfer = إعادة النقل
legislation-area-brokering = السمسرة
legislation-area-possession = الحيازة
legislation-area-offences = الجرائم
legislation-area-other = غير ذلك
### assistance-area
assistance-area-legislation = التشريعات
assistance-area-marking = الوسم
assistance-area-record_keeping = حفظ السجلات
assistance-area-tracing = التعقب
assistance-area-stockpile_management = إدارة المخزونات
assistance-area-destruction = التدمير
assistance-area-border_control = مراقبة الحدود
assistance-area-ddr = نزع السلاح والتسريح وإعادة الإدماج
assistance-area-data_collection = جمع البيانات
assistance-area-gender = نوع الجنس
assistance-area-ammunition = الذخيرة
assistance-area-capacity_building = بناء القدرات
### priority
priority-high = عالية
priority-medium = متوسطة
priority-low = منخفضة
### lang
lang-en = الإنكليزية
lang-ar = العربية
lang-fr = الفرنسية
lang-es = الإسبانية
lang-ru = الروسية
lang-zh = الصينية

## Words of the documents and workbooks
doc-title = التقرير الوطني عن تنفيذ برنامج العمل والصك الدولي للتعقب
doc-state = الدولة
doc-cycle = الدورة
doc-period = فترة الإبلاغ
doc-submitted = تاريخ التقديم
doc-not_submitted = لم يقدَّم بعد
doc-languages = اللغات
doc-contacts = جهات الاتصال الوطنية
doc-contents = المحتويات
doc-answer = الإجابة
doc-not_answered = لم تتم الإجابة
doc-paragraph = الفقرة
doc-missing = لا تتوفر صيغة بهذه اللغة بعد؛ والنص هو:
doc-draft = مسودة — غير صالحة
doc-findings = مرفق: نتائج التحقق
doc-rule = القاعدة
doc-where = الموضع
doc-page = الصفحة
doc-docx_note = الكلمات المظللة بالرمادي حقول يمكن تعديلها، ويعيدها أمر الاستيراد (poa-report import) إلى التقرير؛ ولا تُقرأ التعديلات خارجها.
doc-docx_add_details = التفاصيل: اكتب هنا، أو اتركه كما هو.
doc-section_heading = القسم { $number }: { $label }
doc-sources = المصادر المستشهد بها
doc-page_of = الصفحة { $page } من { $total }
doc-poc_same = تتولى جهة الاتصال لبرنامج العمل أيضا مهام جهة الاتصال للصك الدولي للتعقب.
doc-poc_separate = للصك الدولي للتعقب جهة اتصال خاصة به.
doc-questions_pending = لم تُترجم الأسئلة إلى هذه اللغة بعد، فهي تظهر بالإنكليزية.
doc-question = السؤال
doc-number = الرقم
doc-salutation = صيغة المخاطبة
doc-sheet_cover = الغلاف
doc-sheet_contacts = جهات الاتصال
doc-sheet_findings = نتائج التحقق
doc-status = حالة التحقق
doc-status_valid = سليم
doc-status_invalid = غير سليم: { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}
doc-errors = الأخطاء
doc-warnings = التحذيرات
doc-severity = الخطورة
doc-message = الرسالة
doc-whole_number = عدد صحيح، صفر أو أكثر.
doc-xlsx_source = المصدر
doc-xlsx_label = التسمية
doc-xlsx_field = الحقل
doc-xlsx_value = الإجابة / القيمة
doc-xlsx_text = النص

## Severities of findings
severity-error = خطأ
severity-warning = تحذير
severity-info = معلومة

## Rules: message, then .summary
rule-CNT-001 = الإجابة `{ $answer }`، ولكن الحقل `{ $field }` معبأ
    .summary = أرقام أو قوائم مقدمة مع إجابة بالنفي أو بعدم الانطباق
rule-ANS-001 = لم تتم الإجابة بعد: { $label }
    .summary = سؤال لم تتم الإجابة عنه بعد
rule-POC-001 = { $problem }
    .summary = كل معرّف جهة اتصال مشار إليه موجود في contacts؛ والمعرّفات فريدة
rule-POC-002 = لم تُحدَّد جهة الاتصال الوطنية لبرنامج العمل (points_of_contact.poa)
    .summary = جهة الاتصال الوطنية لبرنامج العمل محددة
rule-POC-003 = أُجيب عن السؤال `{ $question }`، لذا يجب تحديد جهة الاتصال للصك الدولي للتعقب (points_of_contact.iti)
    .summary = جهة الاتصال للصك الدولي للتعقب محددة متى أُجيب عن أي سؤال في الوسم أو حفظ السجلات أو التعقب
rule-POC-004 = جهة الاتصال `{ $id }` هي جهة الاتصال { $role } ولكن ليس لها بريد إلكتروني ولا هاتف
    .summary = لجهة الاتصال المسماة بريد إلكتروني أو هاتف
rule-COOP-001 = يُطلب العون في مجال «{ $area }»، ولكن جميع الإجابات في قسم «{ $section }» بنعم
    .summary = احتياج إلى المساعدة يتعلق بمجال يفيد قسمه بالتنفيذ الكامل (جميع الإجابات بنعم)
rule-GEN-001 = مجموع الأعداد { $split } هو { $sum }، وهو أكثر من العدد الإجمالي { $total }
    .summary = مجموع الأعداد المصنفة (حسب الجنس أو الفئة العمرية أو الإعاقة) لا يتجاوز العدد الإجمالي
rule-LANG-001 = لا توجد صيغة لهذا النص باللغة { $missing }، مع أن التقرير يصرح باللغات { $declared }
    .summary = النص الحر يفتقر إلى لغة مصرح بها في languages (سيعود المستند الثنائي اللغة إلى لغة أخرى)
rule-MARK-001 = الوسم عند الصنع `{ $answer }`، ولكن manufacture.domestic_manufacture يفيد بعدم وجود تصنيع
    .summary = الإجابة بنعم أو جزئيا عن الوسم عند الصنع بينما تفيد الدولة بعدم وجود تصنيع محلي
rule-MARK-002 = تصنّع الدولة أسلحة صغيرة، ولكن الوسم عند الصنع { $state }
    .summary = أُفيد بوجود تصنيع محلي، ولكن الوسم عند الصنع بالنفي أو بلا إجابة
rule-MARK-003 = يُفاد بأن الأسلحة المستوردة موسومة، ولكن transfers.import_controls بالنفي
    .summary = الإجابة بنعم عن الوسم عند الاستيراد بينما الإجابة بالنفي عن الرقابة على الاستيراد
rule-PER-001 = { $problem }
    .summary = تنتهي الفترة قبل تاريخ التقديم وقبل سنة الاجتماع؛ ولا تشمل أكثر من السنتين المنقضيتين منذ الدورة السابقة
rule-REC-001 = تُحفظ { $what } لمدة { $years ->
    [zero] تقل عن سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
   *[other] { $years } سنة
}؛ ويطلب الصك الدولي للتعقب (12) { $minimum } سنة على الأقل
    .summary = مدة حفظ السجلات أقل مما ينص عليه الصك الدولي للتعقب (12): 30 سنة للصنع و20 سنة لغيرها
rule-STATE-001 = `{ $code }` ليس رمزا ثلاثيا من المعيار ISO 3166-1{ $hint }
    .summary = state.iso3 رمز ثلاثي من المعيار ISO 3166-1 (أو رمز مخصص لدولة خيالية)
rule-TXT-001 = يحتوي النص على حرف التحكم U+{ $code } الذي لا يمكن إرساله بصيغة XML؛ احذفه
    .summary = النص يحتوي على حرف تحكم لا يسمح به معيار XML 1.0
rule-TXT-002 = يحتوي النص على حرف التحكم غير المرئي في الاتجاه U+{ $code }؛ وقد يجعل النص يُقرأ على غير ما كُتب — احذفه
    .summary = النص يحتوي على أحرف تحكم غير مرئية في اتجاه الكتابة (U+202A–U+202E، U+2066–U+2069)
rule-TRC-001 = { $part } ({ $count }) يتجاوز { $whole } ({ $limit })
    .summary = عدد طلبات التعقب التي رُدّ عليها يتجاوز عدد الطلبات الواردة (أو الردود في الوقت المناسب تتجاوز الردود)؛ والأعداد غير سالبة
rule-SDG-001 = جرى تعقب { $traced ->
    [one] سلاح واحد
    [two] سلاحين
    [few] { $traced } أسلحة
    [many] { $traced } سلاحا
   *[other] { $traced } سلاح
}، { $seized ->
    [zero] ولكن لم يُضبط أي سلاح
    [one] ولكن لم يُضبط إلا سلاح واحد
    [two] ولكن لم يُضبط إلا سلاحان
    [few] ولكن لم يُضبط إلا { $seized } أسلحة
    [many] ولكن لم يُضبط إلا { $seized } سلاحا
   *[other] ولكن لم يُضبط إلا { $seized } سلاح
}
    .summary = عدد الأسلحة التي جرى تعقبها يتجاوز عدد الأسلحة المضبوطة

## Schema findings: messages (schema-*) and what each id means
schema-not-allowed = القيمة { $value } غير مسموح بها هنا
schema-unknown-key = مفتاح غير معروف `{ $key }`
schema-did-you-mean = ؛ هل تقصد `{ $hint }`؟
schema-missing-key = المفتاح المطلوب `{ $key }` مفقود
schema-expected = المتوقع { $expected }، والموجود { $value }
schema-not-one-of = { $value } ليست من القيم المسموح بها: { $allowed }
schema-below-minimum = { $value } أقل من الحد الأدنى { $limit }
schema-above-maximum = { $value } أكبر من الحد الأقصى { $limit }
schema-bad-format = { $value } ليس { $form } صالحا
schema-bad-pattern = { $value } ليس بالشكل المطلوب ({ $form })
schema-too-few-items = يجب أن تتضمن القائمة { $limit ->
    [one] عنصرا واحدا
    [two] عنصرين
    [few] { $limit } عناصر
    [many] { $limit } عنصرا
   *[other] { $limit } عنصر
} على الأقل
schema-repeated-item = القائمة تكرر عنصرا
schema-too-long = النص أطول من { $limit ->
    [one] حرف واحد
    [two] حرفين
    [few] { $limit } أحرف
    [many] { $limit } حرفا
   *[other] { $limit } حرف
}
rule-SCHEMA-001 =
    .summary = مفتاح غير معروف
rule-SCHEMA-002 =
    .summary = مفتاح مطلوب مفقود
rule-SCHEMA-003 =
    .summary = قيمة من نوع خاطئ
rule-SCHEMA-004 =
    .summary = قيمة ليست من القيم المسموح بها
rule-SCHEMA-005 =
    .summary = عدد خارج النطاق
rule-SCHEMA-006 =
    .summary = نص ليس بالشكل المطلوب (تاريخ أو بريد إلكتروني أو رمز)
rule-SCHEMA-007 =
    .summary = قائمة أو نص بطول غير صحيح أو عناصر مكررة

## Sources: full titles of the documents cited (see src/sources.rs)
source-poa = برنامج العمل المتعلق بمنع الاتجار غير المشروع بالأسلحة الصغيرة والأسلحة الخفيفة من جميع جوانبه ومكافحته والقضاء عليه
source-iti = الصك الدولي لتمكين الدول من التعرف على الأسلحة الصغيرة والأسلحة الخفيفة غير المشروعة وتعقبها في الوقت المناسب وبطريقة موثوقة
source-firearms-protocol = بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة
source-sdg = خطة التنمية المستدامة لعام 2030، الغاية 16-4 والمؤشر 16-4-2
source-revcon2 = تقرير مؤتمر الأمم المتحدة الثاني لاستعراض التقدم المحرز في تنفيذ برنامج العمل: الوثيقة الختامية
source-revcon4-elements = اللجنة التحضيرية للمؤتمر الاستعراضي الرابع: مخطط العناصر، مذكرة من الرئيسة المعيّنة
source-ga-77-71 = قرار الجمعية العامة 77/71، الاتجار غير المشروع بالأسلحة الصغيرة والأسلحة الخفيفة من جميع جوانبه
source-mge-2011 = موجز الرئيس لاجتماع الخبراء الحكوميين المفتوح باب العضوية بشأن الوسم وحفظ السجلات والتعقب (2011)
source-untoc-cop-9-2 = مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، القرار 9/2 بشأن بروتوكول الأسلحة النارية
source-iso-3166 = رموز تمثيل أسماء البلدان وتقسيماتها الفرعية، الجزء 1: رموز البلدان
source-xml = لغة الترميز القابلة للتوسيع (XML) 1.0، الطبعة الخامسة
source-uax9 = الملحق 9 لمعيار يونيكود، خوارزمية الاتجاه الثنائي

## Regional analysis (aggregate): page, workbook, regions command
agg-title = تحليل إقليمي للتقارير الوطنية عن برنامج العمل والصك الدولي للتعقب
agg-read-summary = { $read ->
    [zero] لم يُقرأ أي تقرير
    [one] قُرئ تقرير واحد
    [two] قُرئ تقريران
    [few] قُرئت { $read } تقارير
    [many] قُرئ { $read } تقريرا
   *[other] قُرئ { $read } تقرير
}، منها { $flagged } موسومة بأنها غير صالحة؛ { $headline }
agg-subtitle = دورة الإبلاغ { $cycle }
agg-subtitle-region = { $region }: دورة الإبلاغ { $cycle }
agg-no-cycle = تعذرت قراءة أي تقرير.
agg-reported-of = قدمت { $reported } من أصل { $expected ->
    [one] دولة واحدة
    [two] دولتين
    [few] { $expected } دول
   *[other] { $expected } دولة
} تقاريرها لدورة { $cycle }
agg-reported = قدمت { $reported ->
    [one] دولة واحدة
    [two] دولتان
    [few] { $reported } دول
   *[other] { $reported } دولة
} تقاريرها لدورة { $cycle }
agg-missing = الدول التي لم تقدم تقاريرها
agg-none-missing = قدمت جميع الدول الأعضاء تقاريرها.
agg-outside = تقارير من دول من خارج المنطقة (غير مدرجة في الجداول)
agg-overall = درجة التنفيذ الإقليمية
agg-scores = درجة التنفيذ حسب الدولة والقسم
agg-scores-note = نسبة الأسئلة المنطبقة التي أجيب عنها بنعم، وتحسب الإجابة بجزئيا نصف نقطة؛ ولا تدخل في الحساب الأسئلة التي لم يجب عنها أو أجيب عنها بغير معروف أو لا ينطبق. ويبين الرقم الصغير عدد الأسئلة التي تستند إليها الدرجة.
agg-no-score = لا توجد درجة
agg-sections-chart = متوسط الدرجة الإقليمية حسب القسم
agg-answers-chart = الإجابات حسب القسم، لجميع الدول المقدمة للتقارير
agg-questions = الإجابات حسب السؤال
agg-changes = التغير منذ الدورة السابقة ({ $cycle })
agg-no-changes = لم تقدم أي دولة في هذه المجموعة تقريرا في الدورتين كلتيهما.
agg-figures = الأرقام الرئيسية
agg-figures-note = تجمع الأعداد على مستوى الدول. أما السنوات وغيرها من القيم الخاصة بكل دولة فتعرض بحدها الأدنى ووسيطها وحدها الأقصى، ولا تجمع أبدا.
agg-total = المجموع الإقليمي
agg-min = الحد الأدنى
agg-median = الوسيط
agg-max = الحد الأقصى
agg-states = الدول
agg-assistance = المساعدة: المطابقة بين الاحتياجات والعروض
agg-unmatched = احتياجات لا يقابلها عرض في هذه المجموعة
agg-offers = عروض المساعدة
agg-contacts = جهات الاتصال
agg-files = التقارير المقروءة
agg-state = الدولة
agg-iso3 = الرمز
agg-cycle = الدورة
agg-file = الملف
agg-valid = سليم
agg-errors = الأخطاء
agg-warnings = التحذيرات
agg-problem = المشكلة
agg-use = الاستخدام
agg-area = المجال
agg-priority = الأولوية
agg-need = الاحتياج
agg-offered-by = تعرضها
agg-none = لا يوجد في هذه المجموعة
agg-yes = نعم
agg-no = لا
agg-previous = الدرجة السابقة
agg-current = الدرجة الحالية
agg-change = التغير
agg-score = الدرجة
agg-questions-count = الأسئلة
agg-number = الرقم
agg-question = السؤال
agg-section = القسم
agg-role = الصفة
agg-name = الاسم
agg-organisation = الجهة
agg-email = البريد الإلكتروني
agg-phone = الهاتف
agg-submitted = تاريخ التقديم
agg-versions = الصيغ
agg-overall-column = جميع الأقسام
agg-use-used = مستخدم
agg-use-superseded = حلت محله صيغة أحدث
agg-use-previous_cycle = الدورة السابقة (للتغير فقط)
agg-use-other_cycle = دورة أخرى
agg-use-outside_region = من خارج المنطقة
agg-use-unreadable = تعذرت قراءته
agg-figure-tracing_sent = طلبات التعقب المرسلة
agg-figure-tracing_received = طلبات التعقب الواردة
agg-figure-tracing_answered = طلبات التعقب التي رُدّ عليها
agg-figure-weapons_collected = الأسلحة المجموعة
agg-figure-weapons_destroyed = الأسلحة المدمرة
agg-figure-retention_manufacture_years = مدة حفظ سجلات الصنع (سنوات)
agg-figure-retention_other_years = مدة حفظ السجلات الأخرى (سنوات)
agg-sheet-summary = الموجز
agg-sheet-scores = الدرجات
agg-sheet-questions = الأسئلة
agg-sheet-changes = التغير
agg-sheet-figures = الأرقام
agg-sheet-assistance = المساعدة
agg-sheet-contacts = جهات الاتصال
agg-sheet-files = التقارير المقروءة
agg-sheet-charts = الرسوم البيانية
agg-region = المنطقة
agg-members = الأعضاء
agg-valid-on = القائمة بتاريخ
agg-kind-un-group = مجموعة إقليمية في الأمم المتحدة
agg-kind-organisation = منظمة إقليمية

## The report form (serve)
form-title = استمارة التقرير الوطني
form-contents = المحتويات
form-findings = الملاحظات
form-no-findings = لا توجد ملاحظات: التقرير سليم حتى الآن.
form-saved = تم الحفظ
form-saving = جارٍ الحفظ…
form-conflict = تغير الملف على القرص منذ تحميل هذه الصفحة (في علامة تبويب أخرى أو في محرر). لم يُكتب شيء. أعد التحميل لترى الملف كما هو الآن.
form-reload = إعادة التحميل
form-download = تنزيل
form-upload = الاستبدال بمصنف أو بملف XML
form-upload-confirm = هل تريد استبدال التقرير كله بمحتوى هذا الملف؟ ستُستبدل الإجابات الحالية.
form-upload-kinds = حمّل مصنفا (.xlsx) أو تقريرا بصيغة XML (.xml).
form-add = إضافة
form-remove = حذف
form-up = نقل إلى أعلى
form-down = نقل إلى أسفل
form-language = اللغة
form-state-complete = مكتمل
form-state-findings = توجد ملاحظات
form-state-unanswered = أسئلة لم يُجب عنها
form-choose = — اختر —
form-help = مساعدة
form-file = الملف
form-skip = الانتقال إلى الأسئلة
form-page-report = التقرير
form-page-contacts = جهات الاتصال وجهات الاتصال الوطنية
form-cannot-render = لا يطابق التقرير الصيغة بعد (انظر الملاحظات)؛ ولا يمكن إخراجه حتى تُصحَّح.
form-malformed = السطر { $line }، العمود { $column }: { $problem }. لا تستطيع الاستمارة قراءة الملف بحالته الراهنة، ولم تغيّر فيه شيئا.
form-malformed-way-out = افتح الملف في محرر نصوص، وصححه في ذلك الموضع (أو أعد نسخة محفوظة منه)، واحفظه، ثم أعد تحميل هذه الصفحة. إجاباتك محفوظة في الملف؛ لم يضع منها شيء.
form-unreadable-change = لم يُحفظ هذا التغيير: كان الملف سيصبح غير قابل للقراءة ({ $problem }). الملف كما كان.

## Phrases the rules quote inside their messages
phrase-contact-duplicate = معرّف جهة الاتصال `{ $id }` مستخدم مرتين (أولاهما لجهة الاتصال { $first })
phrase-contact-unknown = لا توجد جهة اتصال بالمعرّف `{ $id }`{ $hint }
phrase-role-poa = لبرنامج العمل
phrase-role-iti = للصك الدولي للتعقب
phrase-role-firearms_protocol = لبروتوكول الأسلحة النارية
phrase-period-reversed = تنتهي الفترة ({ $to }) قبل أن تبدأ ({ $from })
phrase-period-ends-late = تنتهي الفترة في { $to } ولكن يجب أن تنتهي قبل سنة الاجتماع { $cycle }
phrase-period-starts-early = تبدأ الفترة في { $from } ولكن لا يجوز أن تشمل إلا سنتي { $first } و{ $last } (السنتين المنقضيتين منذ الدورة السابقة)
phrase-period-submitted-early = قُدّم التقرير في { $submitted } ولكن الفترة تمتد حتى { $to }
phrase-marking-no = بالنفي
phrase-marking-unanswered = بلا إجابة
phrase-records-manufacture = سجلات الصنع
phrase-records-other = سائر السجلات (الاستيراد والتصدير والحيازة)
phrase-split-by_sex = حسب الجنس
phrase-split-by_age = حسب الفئة العمرية
phrase-split-with_disability = ذوي الإعاقة
phrase-tracing-received = الطلبات الواردة
phrase-tracing-answered = الطلبات التي رُدّ عليها
phrase-tracing-answered_in_time = الطلبات التي رُدّ عليها في الوقت المناسب
phrase-state-hint = {" "}(هل تقصد `{ $code }`، { $name }؟)
phrase-list-separator = {"، "}
phrase-entry-separator = {"؛ "}
phrase-nothing = (لا شيء)

## Words of schema messages
schema-value-empty = قيمة فارغة
schema-value-list = قائمة
schema-value-map = مجموعة مفاتيح وقيم
schema-type-integer = عدد صحيح
schema-type-number = عدد
schema-type-string = نص
schema-type-object = مجموعة مفاتيح وقيم
schema-type-array = قائمة
schema-type-boolean = قيمة منطقية (`true` أو `false`)
schema-type-or = {" "}أو{" "}
schema-format-date = تاريخا (`YYYY-MM-DD`)
schema-format-email = عنوان بريد إلكتروني
schema-pattern-date = سنة-شهر-يوم، مثل 2025-12-31
schema-pattern-iso3 = ثلاثة أحرف لاتينية كبيرة
schema-pattern-id = أحرف لاتينية صغيرة وأرقام و`-` و`_` و`.`

## The summary line of validate
cli-errors = { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
cli-warnings = { $count ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}
cli-unanswered = { $count ->
    [zero] لا أسئلة بلا إجابة
    [one] سؤال واحد لم تتم الإجابة عنه بعد
    [two] سؤالان لم تتم الإجابة عنهما بعد
    [few] { $count } أسئلة لم تتم الإجابة عنها بعد
    [many] { $count } سؤالًا لم تتم الإجابة عنها بعد
   *[other] { $count } سؤال لم تتم الإجابة عنها بعد
}
cli-valid = سليم

## The comments init writes into a new report
init-title = التقرير الوطني عن برنامج العمل والصك الدولي للتعقب
init-answers = الإجابات: yes | no | partially (جزئيا أو قيد الإعداد) | not_applicable | unknown.
init-check = للتحقق: poa-report validate FILE
init-questionnaire = الاستبيان
init-points_of_contact = جهات الاتصال الوطنية
init-contacts = جهات الاتصال

## Load errors: what kind of problem (shown before the reader's own detail in other languages)
load-FILE-001 = تتعذر قراءة الملف
load-FILE-002 = الملف أكبر من الحجم المسموح به
load-FILE-003 = الملف ليس نصا بترميز UTF-8
load-FILE-004 = الملف فارغ
load-YAML-001 = النص ليس بصيغة YAML صالحة
load-YAML-002 = مفتاح مكرر في المجموعة نفسها
load-YAML-003 = النص متداخل بعمق مفرط
load-YAML-004 = النص يحتوي على أجزاء أكثر مما ينبغي
load-YAML-005 = النص يستخدم خاصية من خصائص YAML لا تستخدمها التقارير
load-YAML-006 = الملف لا يحتوي على وثيقة YAML

## The submission portal (poa-report portal)
portal-portal = التقارير الوطنية عن برنامج العمل والصك الدولي للتعقب — بوابة التقديم
portal-secretariat = الأمانة العامة
portal-overview = جميع الدول
portal-audit = سجل التدقيق
portal-my-reports = تقارير دولتي
portal-sign-in = تسجيل الدخول
portal-sign-out = تسجيل الخروج
portal-email = عنوان البريد الإلكتروني
portal-password = كلمة المرور
portal-sign-in-help = تنشئ الأمانة العامة الحسابات لجهات الاتصال الوطنية في كل دولة. اطلب منها رابطاً لتعيين كلمة المرور.
portal-sign-in-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح، أو أن الحساب معطّل.
portal-sign-in-locked = محاولات فاشلة كثيرة: انتظر 15 دقيقة قبل المحاولة مرة أخرى.
portal-set-password = تعيين كلمة المرور
portal-new-password = كلمة المرور الجديدة
portal-repeat-password = كلمة المرور نفسها مرة أخرى
portal-password-help = { $min } حرفاً على الأقل. الجملة المؤلفة من عدة كلمات سهلة التذكر وصعبة التخمين.
portal-password-differ = كلمتا المرور مختلفتان.
portal-password-short = يجب أن تتألف كلمة المرور من { $min } حرفاً على الأقل.
portal-password-long = لا تتجاوز كلمة المرور 1024 حرفاً.
portal-password-set = تم تعيين كلمة المرور. يمكنك الآن تسجيل الدخول.
portal-link-invalid = هذا الرابط غير معروف أو مستخدم من قبل أو منتهي الصلاحية: اطلب من الأمانة العامة رابطاً جديداً.
portal-home = العودة إلى صفحة البداية
portal-csrf = انتهت صلاحية هذه الاستمارة أو أنها لم تصدر عن هذه البوابة: أعد تحميل الصفحة وحاول مرة أخرى.
portal-other-state = هذه الصفحة تخص تقارير دولة أخرى.
portal-secretariat-only = لا يفتح هذه الصفحة إلا الأمانة العامة.
portal-own-state-only = لا يغيّر تقرير الدولة أو يقدّمه إلا جهات الاتصال الوطنية التابعة لها.
portal-state = الدولة
portal-cycle = الدورة
portal-cycles = الدورات
portal-versions = النسخ المقدمة
portal-version = النسخة
portal-status = الحالة
portal-status-submitted = مقدَّم
portal-status-with-errors = مقدَّم كمسودة (به أخطاء)
portal-status-draft = مسودة فقط
portal-status-not-yet = لم يقدَّم بعد
portal-no-cycles = لم يبدأ أو يقدَّم أي تقرير لهذه الدولة بعد.
portal-open-cycle = فتح تقرير الدورة
portal-open = فتح
portal-fill-in = ملء التقرير قسماً قسماً، مع ملاحظات التحقق أثناء العمل
portal-view-form = عرض المسودة كما تظهر في الاستمارة
portal-draft = المسودة
portal-draft-saved = آخر حفظ في { $at } بواسطة { $by }.
portal-draft-findings = الأخطاء: { $errors }، التحذيرات: { $warnings }.
portal-counts = الأخطاء: { $errors }، التحذيرات: { $warnings }
portal-question = السؤال
portal-finding = الملاحظة
portal-line = السطر
portal-more-findings = … و{ $count } ملاحظات أخرى (نزّل المسودة للاطلاع عليها كلها).
portal-download = تنزيل للموافقة الداخلية
portal-submit = تقديم التقرير
portal-submit-as-draft = تقديم كمسودة
portal-submit-draft-only = في التقرير أخطاء: لا يمكن تقديمه إلا كمسودة، مع الإشارة إلى ذلك، إلى أن تصحَّح.
portal-no-draft = لا توجد مسودة لهذه الدورة بعد.
portal-start-from-previous = البدء من تقرير { $cycle }
portal-start-empty = البدء بتقرير فارغ
portal-start-failed = تعذّر بدء المسودة: { $problem }
portal-upload = استبدال المسودة بملف (YAML أو XLSX أو XML)
portal-upload-button = رفع
portal-upload-kinds = ارفع التقرير بصيغة YAML (.yaml) أو مصنف (.xlsx) أو XML (.xml).
portal-upload-not-report = الملف بصيغة YAML لكنه ليس تقريراً (شغّل عليه poa-report validate).
portal-upload-failed = تعذّرت قراءة الملف: { $problem }
portal-upload-empty = اختر ملفاً لرفعه.
portal-upload-other-report = هذا الملف هو تقرير { $found }، لا تقرير { $expected }.
portal-draft-stale = تغيّرت المسودة منذ تحميل هذه الصفحة (علامة تبويب أخرى أو زميل): أعد تحميل الصفحة للاطلاع عليها.
portal-submit-refused = لم يقدَّم التقرير: { $problem }
portal-nothing-to-submit = لا توجد مسودة لتقديمها: ابدأ مسودة أو ارفعها أولاً.
portal-no-draft-file = لا توجد مسودة لهذه الدورة.
portal-cannot-render = لا يمكن إخراج المسودة قبل تصحيح أخطاء الاستمارة فيها.
portal-received = تاريخ الاستلام
portal-result = التحقق
portal-result-valid = صالح: لا أخطاء، التحذيرات: { $warnings }
portal-result-draft = مسودة: الأخطاء: { $errors }، التحذيرات: { $warnings }
portal-sha256 = SHA-256
portal-as-submitted = كما قُدِّم
portal-no-versions = لم يقدَّم شيء لهذه الدورة.
portal-receipts = الإيصالات
portal-receipt-title = إيصال التقديم
portal-receipt-id = رقم الإيصال
portal-receipt-at = تاريخ إصدار الإيصال
portal-submitter = قدّمه
portal-receipt-pdf = تنزيل الإيصال (PDF)
portal-receipt-final = استُلم التقرير وحُفظ كما هو مبين. احتفظ بهذا الإيصال.
portal-receipt-draft-only = في التقرير أخطاء وقد حُفظ كتقديم في شكل مسودة. صحّح الأخطاء وقدّمه مرة أخرى.
portal-receipt-unchanged = سبق تقديم هذا المحتوى: النسخة المبينة لم تتغير.
portal-no-receipt = لا يوجد إيصال بهذا الرقم.
portal-back-to-report = العودة إلى التقرير
portal-audit-shown = أحدث { $shown } من أصل { $total } سطراً.
portal-at = الوقت
portal-actor = بواسطة
portal-action = الإجراء
portal-subject = الموضوع
portal-detail = التفاصيل
portal-changes = التغييرات
portal-from = من
portal-to = إلى
portal-compare = قارن
portal-compare-help = كل طرف إما دورة (2026: أحدث نسخها)، أو نسخة من دورة (⁦2026/2⁩)، أو مسودة دورة (⁦2026/draft⁩).
portal-compare-missing = لا يوجد { $report } للمقارنة.
portal-compare-unreadable = تعذّرت قراءة { $report } كتقرير، فلا تمكن مقارنته.
portal-change-count = عدد التغييرات: { $count }
portal-changes-none = لم يتغير أي جواب أو نص أو رقم.
portal-label = التسمية
portal-field = الحقل
portal-field-answer = الجواب
portal-field-details = التفاصيل
portal-before = قبل
portal-after = بعد
portal-kind-added = أضيف
portal-kind-removed = حُذف
portal-kind-changed = تغيّر
portal-changes-from-version = التغييرات منذ النسخة { $version }
portal-changes-from-cycle = التغييرات منذ دورة { $cycle }
portal-draft-changes = ما تغيّره المسودة
portal-regions = التحليل الإقليمي
portal-regions-help = يقرأ كل تحليل أحدث نسخة من تقرير كل دولة عن الدورة، كما يفعل الأمر poa-report aggregate --region: نسبة تقديم التقارير، ودرجات التنفيذ، والأرقام الرئيسية، واحتياجات المساعدة وعروضها.
portal-region = المنطقة
portal-reported = قدّمت تقارير
portal-reported-of = { $reported } من { $members }
portal-all-states = جميع الدول التي قدّمت تقارير
portal-downloads = التنزيل

## The language server (poa-report lsp): code actions
lsp-change-to = التغيير إلى
lsp-insert-question = إدراج السؤال
