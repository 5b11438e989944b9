# poa-report : les mots que lisent les utilisateurs, en français.
# Keys are ids (questions, sections, vocabulary codes, rule ids); the tests fail on a key
# missing from, or left over in, any language. Placeables ({ $name }) are filled by the program.

## This language: its name in itself, its direction of writing (ltr or rtl), its script (ISO 15924)
## and the CLDR locale its dates, numbers and sorting follow (UN style: en-GB for English)
locale-name = Français
locale-direction = ltr
locale-script = Latn
locale-cldr = fr

## Sections
section-national_coordination = Coordination nationale
section-legislation_and_offences = Législation et infractions
section-manufacture = Fabrication
section-marking = Marquage
section-record_keeping = Tenue des registres
section-tracing = Traçage
section-stockpile_management = Gestion des stocks
section-surplus_and_destruction = Excédents, collecte et destruction
section-transfers = Transferts : exportation, importation, transit, réexpédition
section-brokering = Courtage
section-border_controls = Contrôle aux frontières et douanes
section-regional_and_global = Coopération régionale et mondiale
section-ammunition = Munitions
section-gender_and_disaggregated_data = Genre et données ventilées
section-international_cooperation = Coopération et assistance internationales
section-awareness_and_ddr = Sensibilisation du public, DDR et enfants
section-additional_information = Informations complémentaires

## Questions: label, then .help
q-national_coordination-coordination_body = Existe-t-il un organe ou un mécanisme national de coordination sur les armes légères et de petit calibre ?
    .help = Indiquez le nom de l’organe, les organismes qui y siègent et la fréquence de ses réunions.
q-national_coordination-civil_society_involved = La société civile est-elle associée à la coordination nationale ?
    .help = Décrivez comment les organisations de la société civile y participent.
q-national_coordination-national_action_plan = Un plan d’action national a-t-il été adopté ?
    .help = Indiquez l’année de son adoption et la dernière année qu’il couvre.
q-national_coordination-national_targets = Des objectifs nationaux ont-ils été fixés ?
    .help = Énumérez les objectifs et indiquez comment les progrès sont mesurés.
q-national_coordination-implementation_assessment = Une évaluation nationale de la mise en œuvre a-t-elle été réalisée ?
    .help = Indiquez quand, par qui, et quelles en ont été les conclusions.
q-national_coordination-women_participation = Les femmes participent-elles à l’élaboration des politiques, à la planification et à la mise en œuvre ?
    .help = Décrivez les mesures prises pour assurer la participation pleine et égale des femmes.
q-legislation_and_offences-instruments = Quels lois, règlements et procédures permettent d’exercer un contrôle sur les armes légères et de petit calibre ?
    .help = Une entrée par instrument : domaine, titre dans la langue originale et en anglais, date, manière dont il permet d’exercer un contrôle, lien.
q-legislation_and_offences-control_manufacture = La législation encadre-t-elle la fabrication des armes légères et de petit calibre ?
    .help = Indiquez la loi et l’autorité chargée de son application.
q-legislation_and_offences-control_export = La législation encadre-t-elle l’exportation ?
    .help = Indiquez la loi et l’autorité qui délivre les licences.
q-legislation_and_offences-control_import = La législation encadre-t-elle l’importation ?
    .help = Indiquez la loi et l’autorité qui délivre les licences.
q-legislation_and_offences-control_transit = La législation encadre-t-elle le transit et le transbordement ?
    .help = Indiquez la loi et l’autorité compétente.
q-legislation_and_offences-control_retransfer = La législation encadre-t-elle la réexpédition ?
    .help = Décrivez les conditions de la réexpédition.
q-legislation_and_offences-criminal_offences = La fabrication, la possession, le stockage et le commerce illégaux constituent-ils des infractions pénales ?
    .help = Indiquez les infractions et les peines encourues.
q-legislation_and_offences-illicit_actors_identified = Les groupes et les individus qui se livrent au commerce illicite sont-ils identifiés et poursuivis ?
    .help = Décrivez les mesures prises et les organismes concernés.
q-legislation_and_offences-illicit_financing_addressed = Le financement de l’acquisition illicite d’armes légères et de petit calibre fait-il l’objet de mesures ?
    .help = Décrivez les mesures prises.
q-legislation_and_offences-embargo_measures = Existe-t-il des mesures contre les violations des embargos sur les armes décidés par le Conseil de sécurité ?
    .help = Indiquez la loi ou la procédure qui donne effet aux embargos.
q-legislation_and_offences-laws_public = Les lois, règlements et procédures nationaux sont-ils rendus publics ?
    .help = Indiquez où ils sont publiés.
q-manufacture-domestic_manufacture = Des armes légères et de petit calibre sont-elles fabriquées dans l’État ?
    .help = Indiquez le nombre de fabricants agréés dans `count`.
q-manufacture-licensing_required = Une licence est-elle exigée pour fabriquer des armes légères et de petit calibre ?
    .help = Décrivez le régime de licences et l’enregistrement des fabricants.
q-manufacture-craft_production = La production artisanale d’armes à feu fait-elle l’objet de mesures ?
    .help = Décrivez l’ampleur de la production artisanale et les mesures prises.
q-manufacture-privately_made_firearms = La législation traite-t-elle des armes à feu de fabrication privée ?
    .help = Décrivez les règles applicables aux armes à feu de fabrication privée et aux kits.
q-manufacture-three_d_printing = La législation traite-t-elle des armes fabriquées par impression 3D ?
    .help = Décrivez les contrôles applicables aux armes imprimées en 3D et à leurs fichiers numériques.
q-manufacture-polymer_weapons = La législation traite-t-elle des armes en polymère ?
    .help = Décrivez comment les carcasses en polymère sont marquées et enregistrées.
q-manufacture-modular_designs = La législation traite-t-elle des armes de conception modulaire ?
    .help = Indiquez quel élément est considéré comme l’arme aux fins du marquage et de l’enregistrement.
q-manufacture-deactivation_standards = Existe-t-il des normes de neutralisation des armes à feu garantissant qu’elles ne puissent pas être réactivées ?
    .help = Décrivez la norme et indiquez qui vérifie la neutralisation.
q-marking-at_manufacture = Les armes légères et de petit calibre sont-elles marquées lors de leur fabrication ?
    .help = Énumérez les méthodes utilisées et les marques apposées.
q-marking-unique_marking_elements = Le marquage apposé lors de la fabrication indique-t-il le nom du fabricant, le pays de fabrication et un numéro de série ?
    .help = Décrivez le marquage unique et tout autre élément.
q-marking-on_import = Les armes importées portent-elles un marquage indiquant le pays d’importation et, si possible, l’année d’importation ?
    .help = Énumérez les méthodes utilisées et les marques apposées lors de l’importation.
q-marking-transfer_to_civilian_use = Les armes cédées par les stocks de l’État pour un usage civil permanent sont-elles marquées ?
    .help = Décrivez le marquage qui permet d’identifier l’État dont les stocks sont à l’origine de la cession.
q-marking-state_held_weapons = Toutes les armes détenues par les forces armées et de sécurité sont-elles dûment marquées ?
    .help = Décrivez le marquage des armes détenues par l’État.
q-marking-tamper_resistance = Les fabricants sont-ils encouragés à mettre au point des mesures contre l’effacement ou l’altération des marques ?
    .help = Décrivez les mesures.
q-marking-illicit_weapons_found = Les armes illicites trouvées sur le territoire sont-elles marquées et enregistrées, ou détruites ?
    .help = Décrivez le sort réservé aux armes trouvées ou saisies.
q-marking-marking_characteristics = Les marques sont-elles apposées sur une surface exposée, visibles, lisibles, durables et récupérables ?
    .help = Décrivez la norme technique appliquée.
q-marking-unmarked_weapons_prevented = Existe-t-il des mesures contre les armes non marquées ou insuffisamment marquées ?
    .help = Décrivez comment la fabrication, le stockage, le transfert et la détention de ces armes sont empêchés.
q-record_keeping-records_kept = Des registres complets et exacts sont-ils tenus sur la fabrication, la détention et le transfert ?
    .help = Indiquez qui tient les registres et ce qu’ils contiennent.
q-record_keeping-manufacture_retention = Combien de temps les registres de fabrication sont-ils conservés ?
    .help = Indiquez la durée minimale dans `years` ; l’Instrument international de traçage (par. 12) exige au moins 30 ans.
q-record_keeping-other_retention = Combien de temps tous les autres registres, y compris ceux d’importation et d’exportation, sont-ils conservés ?
    .help = Indiquez la durée minimale dans `years` ; l’Instrument international de traçage (par. 12) exige au moins 20 ans.
q-record_keeping-central_register = Existe-t-il un registre central informatisé ?
    .help = Décrivez le registre et indiquez qui y a accès.
q-record_keeping-closed_business_records = Les registres des entreprises qui cessent leur activité sont-ils conservés par l’État ?
    .help = Décrivez comment les registres sont transmis à l’État.
q-record_keeping-state_holdings_records = L’État est-il responsable de toutes les armes qu’il détient et distribue, et les enregistre-t-il ?
    .help = Décrivez les registres des armes détenues par l’État.
q-tracing-procedures = Existe-t-il des procédures pour adresser des demandes de traçage et y répondre ?
    .help = Décrivez la procédure et l’autorité compétente.
q-tracing-requests = Combien de demandes de traçage ont été envoyées et reçues au cours de la période, et à combien a-t-il été répondu ?
    .help = Indiquez les nombres ; `answered_in_time` compte les réponses données dans les délais.
q-tracing-obstacles = Le traçage s’est-il heurté à des obstacles ?
    .help = Décrivez les obstacles et la manière dont ils ont été surmontés.
q-tracing-state_holdings_traceable = Les armes détenues et distribuées par l’État peuvent-elles être tracées ?
    .help = Décrivez les mesures de traçage des armes détenues par l’État.
q-tracing-interpol_iarms = La base de données iARMS d’INTERPOL est-elle utilisée ?
    .help = Indiquez qui l’utilise et à quelle fréquence.
q-tracing-interpol_notices = Les notices et les canaux d’INTERPOL sont-ils utilisés pour le traçage ?
    .help = Décrivez l’usage qui en est fait.
q-tracing-seized_and_traced = Combien d’armes ont été saisies, et combien d’entre elles ont été tracées jusqu’à leur origine illicite ?
    .help = Nombres pour l’indicateur 16.4.2 des objectifs de développement durable.
q-stockpile_management-standards_and_procedures = Existe-t-il des normes et des procédures de gestion et de sécurité des stocks ?
    .help = Indiquez à quels détenteurs elles s’appliquent : forces armées, police, autres organes autorisés.
q-stockpile_management-physical_security = Existe-t-il des mesures de sécurité physique des stocks ?
    .help = Décrivez l’entreposage, le contrôle des accès et la protection pendant le transport.
q-stockpile_management-inventory_management = Une gestion et une comptabilité des inventaires sont-elles en place ?
    .help = Décrivez les vérifications d’inventaire et leur fréquence.
q-stockpile_management-personnel_training = Le personnel chargé des stocks est-il formé ?
    .help = Décrivez la formation.
q-stockpile_management-regular_review = Les stocks sont-ils régulièrement examinés afin de recenser les excédents ?
    .help = Décrivez l’examen et sa fréquence.
q-stockpile_management-diversion_from_stockpiles = Des détournements à partir des stocks nationaux ont-ils eu lieu au cours de la période ?
    .help = Indiquez le nombre d’incidents, ce qui s’est produit et les enseignements tirés.
q-surplus_and_destruction-surplus_identified = Des excédents ont-ils été recensés ?
    .help = Décrivez les excédents et le plan prévu pour leur élimination.
q-surplus_and_destruction-surplus_secured = Les excédents sont-ils sécurisés en attendant leur élimination ?
    .help = Décrivez l’entreposage des excédents.
q-surplus_and_destruction-surplus_destroyed = Des excédents ont-ils été détruits au cours de la période ?
    .help = Indiquez les quantités détruites et les méthodes utilisées.
q-surplus_and_destruction-seized_destroyed = Des armes confisquées, saisies ou collectées ont-elles été détruites au cours de la période ?
    .help = Indiquez les quantités détruites et les méthodes utilisées.
q-surplus_and_destruction-other_disposal_marked = Lorsqu’un autre mode d’élimination est autorisé, les armes sont-elles marquées et enregistrées ?
    .help = Décrivez les modes d’élimination autorisés.
q-surplus_and_destruction-weapons_collected = Des armes ont-elles été collectées au cours de la période ?
    .help = Indiquez le nombre d’armes collectées et décrivez les programmes.
q-transfers-export_criteria = Les demandes d’exportation sont-elles évaluées au regard de critères nationaux stricts ?
    .help = Énumérez les critères, y compris le risque de détournement.
q-transfers-export_controls = L’exportation fait-elle l’objet d’un contrôle effectif ?
    .help = Décrivez le régime de licences d’exportation.
q-transfers-end_user_certificates = Des certificats d’utilisateur final authentifiés sont-ils utilisés ?
    .help = Décrivez le certificat et la manière dont il est authentifié.
q-transfers-end_user_verification = Les engagements de l’utilisateur final sont-ils vérifiés, y compris après la livraison ?
    .help = Décrivez les vérifications effectuées avant et après l’expédition.
q-transfers-retransfer_notification = L’État exportateur d’origine est-il informé avant toute réexpédition ?
    .help = Décrivez la pratique suivie en matière de notification.
q-transfers-import_controls = L’importation est-elle contrôlée ?
    .help = Décrivez le régime de licences d’importation et les contrôles.
q-transfers-transit_controls = Le transit et le transbordement sont-ils contrôlés ?
    .help = Décrivez les contrôles.
q-transfers-export_denials = Des licences d’exportation ont-elles été refusées au cours de la période ?
    .help = Indiquez le nombre de refus.
q-transfers-diversion_in_transfers = Des détournements lors de transferts internationaux ont-ils eu lieu au cours de la période ?
    .help = Indiquez le nombre d’incidents et les enseignements tirés.
q-brokering-regulated = Le courtage des armes légères et de petit calibre est-il réglementé ?
    .help = Indiquez la loi.
q-brokering-registration = Les courtiers sont-ils tenus de s’enregistrer ?
    .help = Décrivez le registre.
q-brokering-licensing = Chaque opération de courtage doit-elle faire l’objet d’une licence ou d’une autorisation ?
    .help = Décrivez le régime de licences.
q-brokering-penalties = Des sanctions sont-elles prévues en cas de courtage illicite ?
    .help = Indiquez les sanctions.
q-brokering-international_cooperation = L’État coopère-t-il au niveau international en matière de courtage ?
    .help = Décrivez la coopération.
q-border_controls-measures = Existe-t-il des mesures de contrôle aux frontières contre les mouvements transfrontières illicites ?
    .help = Décrivez les mesures.
q-border_controls-customs_cooperation = Les services des douanes et de contrôle aux frontières coopèrent-ils avec ceux des pays voisins ?
    .help = Indiquez les partenaires et les arrangements.
q-border_controls-risk_analysis = L’analyse des risques est-elle utilisée pour détecter les expéditions illicites ?
    .help = Décrivez le profilage des risques et le matériel de détection.
q-border_controls-seizures_at_borders = Des armes ont-elles été saisies aux frontières au cours de la période ?
    .help = Indiquez le nombre d’armes saisies.
q-regional_and_global-regional_point_of_contact = Existe-t-il un point de contact auprès d’organisations régionales ou sous-régionales ?
    .help = Indiquez l’identifiant du contact et l’organisation.
q-regional_and_global-regional_instruments = L’État est-il partie à des instruments régionaux ou sous-régionaux sur les armes légères ?
    .help = Indiquez les instruments.
q-regional_and_global-regional_mechanisms = L’État participe-t-il à des mécanismes régionaux d’échange d’informations entre services de détection et de répression, de contrôle aux frontières et des douanes ?
    .help = Indiquez les mécanismes.
q-regional_and_global-embargo_cooperation = L’État coopère-t-il avec l’Organisation des Nations Unies en matière d’embargos sur les armes ?
    .help = Décrivez la coopération.
q-regional_and_global-interpol_cooperation = L’État coopère-t-il avec INTERPOL en matière d’armes légères ?
    .help = Décrivez la coopération.
q-ammunition-covered_by_law = La législation s’applique-t-elle aux munitions ?
    .help = Décrivez comment les munitions sont contrôlées.
q-ammunition-marking = Les munitions sont-elles marquées ?
    .help = Décrivez le marquage des munitions et de leur emballage.
q-ammunition-records = Des registres sont-ils tenus pour les munitions ?
    .help = Décrivez les registres.
q-ammunition-stockpile_safety = Existe-t-il des normes de sûreté et de sécurité pour les stocks de munitions ?
    .help = Indiquez les normes (par exemple les Directives techniques internationales sur les munitions).
q-ammunition-destroyed = Des munitions ont-elles été détruites au cours de la période ?
    .help = Indiquez le nombre de cartouches détruites dans `count`.
q-ammunition-global_framework = Le Cadre mondial pour la gestion des munitions conventionnelles tout au long de leur cycle de vie est-il mis en œuvre ?
    .help = Décrivez les mesures prises.
q-gender_and_disaggregated_data-gender_mainstreamed = Les questions de genre sont-elles prises en compte dans les politiques et les programmes relatifs aux armes légères ?
    .help = Décrivez les mesures tenant compte des questions de genre.
q-gender_and_disaggregated_data-data_collection = Des données ventilées par sexe, âge et handicap sont-elles collectées ?
    .help = Indiquez quels organismes collectent quelles données.
q-gender_and_disaggregated_data-victims = Victimes de violences commises avec des armes à feu au cours de la période, par sexe, âge et handicap
    .help = Les nombres ventilés ne doivent pas dépasser le total.
q-gender_and_disaggregated_data-personnel_trained = Personnel formé au cours de la période, par sexe, âge et handicap
    .help = Les nombres ventilés ne doivent pas dépasser le total.
q-gender_and_disaggregated_data-persons_prosecuted = Personnes poursuivies pour des infractions liées aux armes à feu au cours de la période, par sexe, âge et handicap
    .help = Les nombres ventilés ne doivent pas dépasser le total.
q-international_cooperation-assistance_needed = L’État a-t-il besoin d’une assistance pour mettre en œuvre le Programme d’action et l’Instrument international de traçage ?
    .help = Une entrée par besoin : domaine, priorité, description. Les besoins sont mis en regard des offres.
q-international_cooperation-assistance_offered = L’État peut-il offrir une assistance à d’autres États ?
    .help = Une entrée par offre : domaine et description.
q-international_cooperation-assistance_received = Une assistance a-t-elle été reçue au cours de la période ?
    .help = Une entrée par projet : partenaire, domaine, description, montant s’il est public.
q-international_cooperation-assistance_provided = Une assistance a-t-elle été fournie à d’autres États au cours de la période ?
    .help = Une entrée par projet : partenaire, domaine, description, montant s’il est public.
q-international_cooperation-tracing_cooperation = L’État coopère-t-il avec d’autres États en matière de traçage ?
    .help = Décrivez la coopération.
q-international_cooperation-information_exchange = L’État échange-t-il des informations avec d’autres États ?
    .help = Décrivez les échanges d’informations.
q-awareness_and_ddr-public_awareness = Existe-t-il des programmes de sensibilisation du public et de renforcement de la confiance ?
    .help = Décrivez les programmes.
q-awareness_and_ddr-ddr_programmes = Existe-t-il des programmes de désarmement, démobilisation et réintégration ?
    .help = Indiquez le nombre d’armes collectées dans le cadre de ces programmes.
q-awareness_and_ddr-children_affected = Les besoins des enfants touchés par les conflits armés sont-ils pris en compte ?
    .help = Décrivez les mesures.
q-additional_information-executive_summary = Résumé
    .help = Bref résumé du rapport.
q-additional_information-sdg_16_4 = L’État rend-il compte de la cible 16.4 des objectifs de développement durable ?
    .help = Décrivez le lien entre les rapports sur le Programme d’action et la cible 16.4 des objectifs de développement durable.
q-additional_information-darknet = Des mesures sont-elles en place contre le commerce illicite sur le darknet ?
    .help = Décrivez les mesures.
q-additional_information-other = Autres informations
    .help = Toute autre information que l’État souhaite communiquer.

## Fields inside questions and the report's header keys
field-format = Version du format
field-state = État
field-iso3 = Code ISO 3166
field-name = Nom
field-cycle = Cycle (année de la réunion)
field-period = Période considérée
field-from = Du
field-to = Au
field-submitted = Date de soumission
field-languages = Langues
field-contacts = Contacts
field-id = Identifiant du contact
field-title = Fonction
field-organisation = Organisation
field-email = Courriel
field-phone = Téléphone
field-address = Adresse
field-points_of_contact = Points de contact nationaux
field-poa = Point de contact pour le Programme d’action
field-iti = Point de contact pour l’Instrument international de traçage
field-firearms_protocol = Point de contact pour le Protocole relatif aux armes à feu
field-sections = Questionnaire
field-answer = Réponse
field-details = Précisions
field-text = Texte
field-agencies = Organismes
field-adopted = Année d’adoption
field-valid_until = Valable jusqu’en (année)
field-count = Nombre
field-methods = Méthodes
field-years = Durée de conservation (années)
field-instruments = Instruments
field-area = Domaine
field-instruments-title = Titre (langue originale)
field-title_en = Titre en anglais
field-date = Date
field-description = Description
field-link = Lien
field-sent = Demandes envoyées
field-received = Demandes reçues
field-answered = Demandes ayant reçu une réponse
field-answered_in_time = Réponses dans les délais
field-weapons = Armes
field-ammunition_rounds = Cartouches
field-incidents = Incidents
field-lessons = Enseignements tirés
field-total = Total
field-by_sex = Par sexe
field-female = Sexe féminin
field-male = Sexe masculin
field-other = Autre ou non enregistré
field-by_age = Par âge
field-under_18 = Moins de 18 ans
field-from_18_to_29 = 18 à 29 ans
field-from_30_to_59 = 30 à 59 ans
field-from_60 = 60 ans et plus
field-with_disability = Personnes handicapées
field-seized = Armes saisies
field-traced = Armes tracées
field-contact = Contact
field-needs = Besoins
field-priority = Priorité
field-offers = Offres
field-records = Registres
field-partner = Partenaire
field-amount_usd = Montant (dollars des États-Unis)
field-salutation = Civilité (M./Mme)
field-composition = Membres par sexe
field-women = Femmes
field-men = Hommes
field-document = Document (lien ou nom de fichier)

## Closed vocabularies: <vocabulary>-<code>
### answer
answer-yes = Oui
answer-no = Non
answer-partially = Partiellement / en cours d’élaboration
answer-not_applicable = Sans objet
answer-unknown = Inconnu
### agency
agency-foreign_affairs = Affaires étrangères
agency-defence = Défense
agency-interior = Intérieur
agency-police = Police
agency-customs = Douanes
agency-justice = Justice
agency-intelligence = Renseignement
agency-trade = Commerce
agency-health = Santé
agency-parliament = Parlement
agency-civil_society = Société civile
agency-other = Autre
### marking-method
marking-method-stamping = Estampage
marking-method-laser_engraving = Gravure au laser
marking-method-engraving = Gravure
marking-method-dot_peen = Micropercussion
marking-method-casting = Moulage
marking-method-chemical_etching = Gravure chimique
marking-method-other = Autre
### destruction-method
destruction-method-cutting = Découpe
destruction-method-crushing = Écrasement
destruction-method-smelting = Fonte
destruction-method-burning = Brûlage
destruction-method-shredding = Broyage
destruction-method-other = Autre
### legislation-area
legislation-area-manufacture = Fabrication
legislation-area-export = Exportation
legislation-area-import = Importation
legislation-area-transit = Transit
legislation-area-retransfer = Réexpédition
legislation-area-brokering = Courtage
legislation-area-possession = Détention
legislation-area-offences = Infractions
legislation-area-other = Autre
### assistance-area
assistance-area-legislation = Législation
assistance-area-marking = Marquage
assistance-area-record_keeping = Tenue des registres
assistance-area-tracing = Traçage
assistance-area-stockpile_management = Gestion des stocks
assistance-area-destruction = Destruction
assistance-area-border_control = Contrôle aux frontières
assistance-area-ddr = Désarmement, démobilisation et réintégration
assistance-area-data_collection = Collecte de données
assistance-area-gender = Questions de genre
assistance-area-ammunition = Munitions
assistance-area-capacity_building = Renforcement des capacités
### priority
priority-high = Élevée
priority-medium = Moyenne
priority-low = Faible
### lang
lang-en = anglais
lang-ar = arabe
lang-fr = français
lang-es = espagnol
lang-ru = russe
lang-zh = chinois

## Words of the documents and workbooks
doc-title = Rapport national sur la mise en œuvre du Programme d’action et de l’Instrument international de traçage
doc-state = État
doc-cycle = Cycle
doc-period = Période considérée
doc-submitted = Date de soumission
doc-not_submitted = Pas encore soumis
doc-languages = Langues
doc-contacts = Points de contact nationaux
doc-contents = Table des matières
doc-answer = Réponse
doc-not_answered = Sans réponse
doc-paragraph = Paragraphe
doc-missing = Pas encore disponible dans cette langue ; le texte est le suivant :
doc-draft = PROJET — non valide
doc-findings = Annexe : constatations de la validation
doc-rule = Règle
doc-where = Emplacement
doc-page = Page
doc-docx_note = Les mots en gris sont des champs : modifiez-les librement. La commande d’importation (poa-report import) les reporte dans le rapport ; les modifications apportées ailleurs ne sont pas lues.
doc-docx_add_details = Précisions : écrivez ici, ou laissez tel quel.
doc-section_heading = Section { $number } : { $label }
doc-sources = Sources citées
doc-page_of = Page { $page } sur { $total }
doc-poc_same = Le point de contact pour le Programme d’action est aussi celui de l’Instrument international de traçage.
doc-poc_separate = L’Instrument international de traçage a son propre point de contact.
doc-questions_pending = Les questions ne sont pas encore traduites dans cette langue : elles figurent en anglais.
doc-question = Question
doc-number = N°
doc-salutation = Civilité
doc-sheet_cover = Page de garde
doc-sheet_contacts = Contacts
doc-sheet_findings = Constatations
doc-status = Statut de la validation
doc-status_valid = valide
doc-status_invalid = non valide : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}
doc-errors = Erreurs
doc-warnings = Avertissements
doc-severity = Gravité
doc-message = Message
doc-whole_number = Un nombre entier, 0 ou plus.
doc-xlsx_source = Source
doc-xlsx_label = Libellé
doc-xlsx_field = Champ
doc-xlsx_value = Réponse / valeur
doc-xlsx_text = Texte

## Severities of findings
severity-error = erreur
severity-warning = avertissement
severity-info = information

## Rules: message, then .summary
rule-CNT-001 = la réponse est `{ $answer }`, mais `{ $field }` est renseigné
    .summary = des chiffres ou des listes sont fournis alors que la réponse est `no` ou `not_applicable`
rule-ANS-001 = pas encore de réponse : { $label }
    .summary = une question n’a pas encore reçu de réponse
rule-POC-001 = { $problem }
    .summary = chaque identifiant de contact cité existe dans `contacts` ; les identifiants sont uniques
rule-POC-002 = le point de contact national pour le Programme d’action (`points_of_contact.poa`) n’est pas indiqué
    .summary = le point de contact national pour le Programme d’action est indiqué
rule-POC-003 = `{ $question }` a reçu une réponse ; le point de contact pour l’Instrument international de traçage (`points_of_contact.iti`) doit donc être indiqué
    .summary = le point de contact pour l’Instrument international de traçage est indiqué dès qu’une question sur le marquage, la tenue des registres ou le traçage reçoit une réponse
rule-POC-004 = le contact `{ $id }` est le point de contact { $role }, mais n’a ni courriel ni téléphone
    .summary = un contact désigné comme point de contact a un courriel ou un téléphone
rule-COOP-001 = une assistance est demandée pour « { $area } », mais toutes les réponses de la section « { $section } » sont « Oui »
    .summary = un besoin d’assistance porte sur un domaine dont la section fait état d’une mise en œuvre complète (toutes les réponses sont `yes`)
rule-GEN-001 = les nombres ventilés { $split } totalisent { $sum }, soit plus que le total ({ $total })
    .summary = les nombres ventilés (par sexe, par tranche d’âge, personnes handicapées) ne dépassent pas le total qu’ils détaillent
rule-LANG-001 = le texte n’a pas de version en { $missing }, alors que le rapport déclare : { $declared }
    .summary = un texte libre n’existe pas dans une langue déclarée dans `languages` (le document bilingue afficherait une autre langue à la place)
rule-MARK-001 = le marquage lors de la fabrication est `{ $answer }`, mais `manufacture.domestic_manufacture` indique qu’il n’y a pas de fabrication
    .summary = réponse « Oui » ou « Partiellement » sur le marquage lors de la fabrication, alors que l’État déclare ne pas fabriquer d’armes
rule-MARK-002 = l’État fabrique des armes légères, mais le marquage lors de la fabrication est { $state }
    .summary = fabrication nationale déclarée, mais réponse « Non » ou absence de réponse sur le marquage lors de la fabrication
rule-MARK-003 = les armes importées seraient marquées, mais `transfers.import_controls` est `no`
    .summary = réponse « Oui » sur le marquage à l’importation, alors que la réponse sur le contrôle des importations est « Non »
rule-PER-001 = { $problem }
    .summary = la période se termine avant `submitted` et avant l’année de la réunion du cycle ; elle couvre au plus les deux années écoulées depuis le cycle précédent
rule-REC-001 = { $what } sont conservés { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } ; l’Instrument international de traçage (par. 12) en exige au moins { $minimum }
    .summary = durée de conservation des registres inférieure à celle que prévoit l’Instrument international de traçage (par. 12) : 30 ans pour la fabrication, 20 ans pour les autres registres
rule-STATE-001 = `{ $code }` n’est pas un code ISO 3166-1 alpha-3{ $hint }
    .summary = `state.iso3` est un code ISO 3166-1 alpha-3 (ou un code attribué par l’utilisateur pour un État fictif)
rule-TXT-001 = le texte contient le caractère de contrôle U+{ $code }, qui ne peut pas être transmis en XML ; supprimez-le
    .summary = le texte contient un caractère de contrôle que XML 1.0 n’autorise pas
rule-TXT-002 = le texte contient le caractère invisible de contrôle de direction U+{ $code } ; il peut faire lire le texte autrement qu’il a été saisi — supprimez-le
    .summary = le texte contient des caractères invisibles de contrôle bidirectionnel (U+202A–U+202E, U+2066–U+2069)
rule-TRC-001 = le nombre de { $part } ({ $count }) dépasse le nombre de { $whole } ({ $limit })
    .summary = les demandes de traçage ayant reçu une réponse sont plus nombreuses que les demandes reçues (ou les réponses dans les délais plus nombreuses que les réponses) ; les nombres ne sont pas négatifs
rule-SDG-001 = { $traced ->
        [one] { $traced } arme tracée
       *[other] { $traced } armes tracées
    }, mais seulement { $seized ->
        [one] { $seized } saisie
       *[other] { $seized } saisies
    }
    .summary = les armes tracées sont plus nombreuses que les armes saisies

## Schema findings: messages (schema-*) and what each id means
schema-not-allowed = valeur non autorisée ici : { $value }
schema-unknown-key = clé inconnue `{ $key }`
schema-did-you-mean = ; vouliez-vous dire `{ $hint }` ?
schema-missing-key = clé obligatoire manquante : `{ $key }`
schema-expected = attendu : { $expected } ; trouvé : { $value }
schema-not-one-of = { $value } ne fait pas partie des valeurs admises : { $allowed }
schema-below-minimum = { $value } est inférieur au minimum ({ $limit })
schema-above-maximum = { $value } est supérieur au maximum ({ $limit })
schema-bad-format = { $value } : { $form } non valide
schema-bad-pattern = { $value } n’a pas la forme requise ({ $form })
schema-too-few-items = la liste doit compter au moins { $limit ->
        [one] { $limit } élément
       *[other] { $limit } éléments
    }
schema-repeated-item = la liste contient un élément en double
schema-too-long = texte de plus de { $limit ->
        [one] { $limit } caractère
       *[other] { $limit } caractères
    }
rule-SCHEMA-001 =
    .summary = clé inconnue
rule-SCHEMA-002 =
    .summary = clé obligatoire manquante
rule-SCHEMA-003 =
    .summary = valeur d’un type incorrect
rule-SCHEMA-004 =
    .summary = valeur absente de la liste des valeurs admises
rule-SCHEMA-005 =
    .summary = nombre hors des limites
rule-SCHEMA-006 =
    .summary = texte qui n’a pas la forme requise (date, courriel, code)
rule-SCHEMA-007 =
    .summary = liste ou texte de longueur incorrecte, ou éléments répétés

## Sources: full titles of the documents cited (see src/sources.rs)
source-poa = Programme d’action en vue de prévenir, combattre et éliminer le commerce illicite des armes légères sous tous ses aspects
source-iti = Instrument international visant à permettre aux États de procéder à l’identification et au traçage rapides et fiables des armes légères et de petit calibre illicites
source-firearms-protocol = Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions
source-sdg = Programme de développement durable à l’horizon 2030, cible 16.4 et indicateur 16.4.2
source-revcon2 = Rapport de la deuxième Conférence des Nations Unies chargée d’examiner les progrès accomplis dans l’exécution du Programme d’action : document final
source-revcon4-elements = Comité préparatoire de la quatrième Conférence d’examen : aperçu des éléments, note de la Présidente désignée
source-ga-77-71 = Résolution 77/71 de l’Assemblée générale, Le commerce illicite des armes légères et de petit calibre sous tous ses aspects
source-mge-2011 = Résumé du Président de la Réunion d’experts gouvernementaux à composition non limitée sur le marquage, l’enregistrement et le traçage (2011)
source-untoc-cop-9-2 = Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée, résolution 9/2 relative au Protocole relatif aux armes à feu
source-iso-3166 = Codes pour la représentation des noms de pays et de leurs subdivisions — Partie 1 : Codes de pays
source-xml = Langage de balisage extensible (XML) 1.0, cinquième édition
source-uax9 = Annexe n° 9 du standard Unicode, algorithme bidirectionnel Unicode

## Regional analysis (aggregate): page, workbook, regions command
agg-title = Analyse régionale des rapports nationaux sur le Programme d’action et l’Instrument international de traçage
agg-read-summary = { $read ->
    [one] { $read } rapport lu
   *[other] { $read } rapports lus
}, dont { $flagged } signalé(s) comme non valide(s) ; { $headline }
agg-subtitle = Cycle de présentation des rapports { $cycle }
agg-subtitle-region = { $region } : cycle de présentation des rapports { $cycle }
agg-no-cycle = Aucun rapport n’a pu être lu.
agg-reported-of = { $reported ->
        [one] { $reported } État sur { $expected } a présenté un rapport pour { $cycle }
       *[other] { $reported } États sur { $expected } ont présenté un rapport pour { $cycle }
    }
agg-reported = { $reported ->
        [one] { $reported } État a présenté un rapport pour { $cycle }
       *[other] { $reported } États ont présenté un rapport pour { $cycle }
    }
agg-missing = États n’ayant pas présenté de rapport
agg-none-missing = Tous les membres ont présenté un rapport.
agg-outside = Rapports d’États extérieurs à la région (exclus des tableaux)
agg-overall = Taux de mise en œuvre régional
agg-scores = Taux de mise en œuvre par État et par section
agg-scores-note = Part des questions applicables ayant reçu la réponse « Oui », une réponse « Partiellement » comptant pour moitié ; les questions sans réponse, « Inconnu » ou « Sans objet » ne sont pas prises en compte. Le petit chiffre indique le nombre de questions sur lequel repose le taux.
agg-no-score = pas de taux
agg-sections-chart = Taux moyen régional par section
agg-answers-chart = Réponses par section, ensemble des États ayant présenté un rapport
agg-questions = Réponses par question
agg-changes = Évolution depuis le cycle précédent ({ $cycle })
agg-no-changes = Aucun État de ce lot n’a présenté de rapport pour les deux cycles.
agg-figures = Chiffres clés
agg-figures-note = Les nombres sont additionnés pour l’ensemble des États. Les années et les autres valeurs propres à chaque État sont présentées sous forme de minimum, de médiane et de maximum, jamais additionnées.
agg-total = Total régional
agg-min = Minimum
agg-median = Médiane
agg-max = Maximum
agg-states = États
agg-assistance = Assistance : besoins mis en regard des offres
agg-unmatched = besoins sans offre correspondante dans ce lot
agg-offers = Offres d’assistance
agg-contacts = Points de contact
agg-files = Rapports lus
agg-state = État
agg-iso3 = Code
agg-cycle = Cycle
agg-file = Fichier
agg-valid = Valide
agg-errors = Erreurs
agg-warnings = Avertissements
agg-problem = Problème
agg-use = Utilisation
agg-area = Domaine
agg-priority = Priorité
agg-need = Besoin
agg-offered-by = Proposée par
agg-none = aucune dans ce lot
agg-yes = oui
agg-no = non
agg-previous = Taux précédent
agg-current = Taux actuel
agg-change = Évolution
agg-score = Taux
agg-questions-count = Questions
agg-number = N°
agg-question = Question
agg-section = Section
agg-role = Rôle
agg-name = Nom
agg-organisation = Organisation
agg-email = Courriel
agg-phone = Téléphone
agg-submitted = Soumis le
agg-versions = Versions
agg-overall-column = Toutes sections
agg-use-used = utilisé
agg-use-superseded = remplacé par une version ultérieure
agg-use-previous_cycle = cycle précédent (évolution uniquement)
agg-use-other_cycle = autre cycle
agg-use-outside_region = hors de la région
agg-use-unreadable = illisible
agg-figure-tracing_sent = Demandes de traçage envoyées
agg-figure-tracing_received = Demandes de traçage reçues
agg-figure-tracing_answered = Demandes de traçage ayant reçu une réponse
agg-figure-weapons_collected = Armes collectées
agg-figure-weapons_destroyed = Armes détruites
agg-figure-retention_manufacture_years = Conservation des registres de fabrication (années)
agg-figure-retention_other_years = Conservation des autres registres (années)
agg-sheet-summary = Synthèse
agg-sheet-scores = Taux
agg-sheet-questions = Questions
agg-sheet-changes = Évolution
agg-sheet-figures = Chiffres
agg-sheet-assistance = Assistance
agg-sheet-contacts = Contacts
agg-sheet-files = Rapports lus
agg-sheet-charts = Graphiques
agg-region = Région
agg-members = Membres
agg-valid-on = Liste à jour au
agg-kind-un-group = groupe régional de l’ONU
agg-kind-organisation = organisation régionale

## The report form (serve)
form-title = Formulaire de rapport national
form-contents = Table des matières
form-findings = Constatations
form-no-findings = Aucune constatation : le rapport est valide à ce stade.
form-saved = Enregistré
form-saving = Enregistrement…
form-conflict = Le fichier a été modifié sur le disque depuis le chargement de cette page (autre onglet ou éditeur). Rien n’a été écrit. Rechargez la page pour voir le fichier dans son état actuel.
form-reload = Recharger
form-download = Télécharger
form-upload = Remplacer par un classeur ou un fichier XML
form-upload-confirm = Remplacer l’ensemble du rapport par le contenu de ce fichier ? Les réponses actuelles seront écrasées.
form-upload-kinds = Téléversez un classeur (.xlsx) ou un rapport XML (.xml).
form-add = Ajouter
form-remove = Supprimer
form-up = Monter
form-down = Descendre
form-language = Langue
form-state-complete = complète
form-state-findings = comporte des constatations
form-state-unanswered = questions sans réponse
form-choose = — choisir —
form-help = Aide
form-file = Fichier
form-skip = Aller aux questions
form-page-report = Le rapport
form-page-contacts = Contacts et points de contact
form-cannot-render = Le rapport n’est pas encore conforme au format (voir les constatations) ; il ne peut pas être affiché tant que ces problèmes ne sont pas corrigés.
form-malformed = ligne { $line }, colonne { $column } : { $problem }. Le formulaire ne peut pas lire le fichier dans son état actuel et n’a rien modifié.
form-malformed-way-out = Ouvrez le fichier dans un éditeur de texte, corrigez-le à cet endroit (ou remettez une copie que vous avez enregistrée), enregistrez-le, puis rechargez cette page. Vos réponses sont dans le fichier ; rien n’est perdu.
form-unreadable-change = Cette modification n’a pas été enregistrée : le fichier ne serait plus lisible ({ $problem }). Le fichier est inchangé.

## Phrases the rules quote inside their messages
phrase-contact-duplicate = l’identifiant de contact `{ $id }` est utilisé deux fois (la première fois par le contact { $first })
phrase-contact-unknown = aucun contact n’a l’identifiant `{ $id }`{ $hint }
phrase-role-poa = pour le Programme d’action
phrase-role-iti = pour l’Instrument international de traçage
phrase-role-firearms_protocol = pour le Protocole relatif aux armes à feu
phrase-period-reversed = la période se termine ({ $to }) avant de commencer ({ $from })
phrase-period-ends-late = la période se termine le { $to }, mais doit se terminer avant l’année de la réunion ({ $cycle })
phrase-period-starts-early = la période commence le { $from }, mais ne peut couvrir que { $first } et { $last } (les deux années écoulées depuis le cycle précédent)
phrase-period-submitted-early = soumis le { $submitted }, alors que la période court jusqu’au { $to }
phrase-marking-no = `no`
phrase-marking-unanswered = sans réponse
phrase-records-manufacture = les registres de fabrication
phrase-records-other = les autres registres (importation, exportation, armes détenues)
phrase-split-by_sex = par sexe
phrase-split-by_age = par tranche d’âge
phrase-split-with_disability = pour les personnes handicapées
phrase-tracing-received = demandes reçues
phrase-tracing-answered = demandes ayant reçu une réponse
phrase-tracing-answered_in_time = réponses dans les délais
phrase-state-hint = {" "}(vouliez-vous dire `{ $code }`, { $name } ?)
phrase-list-separator = {", "}
phrase-entry-separator = {" ; "}
phrase-nothing = (aucun)

## Words of schema messages
schema-value-empty = une valeur vide
schema-value-list = une liste
schema-value-map = un dictionnaire
schema-type-integer = un nombre entier
schema-type-number = un nombre
schema-type-string = du texte
schema-type-object = un dictionnaire
schema-type-array = une liste
schema-type-boolean = true ou false
schema-type-or = {" "}ou{" "}
schema-format-date = date (AAAA-MM-JJ)
schema-format-email = adresse électronique
schema-pattern-date = AAAA-MM-JJ
schema-pattern-iso3 = trois lettres majuscules
schema-pattern-id = lettres minuscules, chiffres, `-`, `_`, `.`

## The summary line of validate
cli-errors = { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
cli-warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
cli-unanswered = { $count ->
        [one] { $count } question encore sans réponse
       *[other] { $count } questions encore sans réponse
    }
cli-valid = valide

## The comments init writes into a new report
init-title = Rapport national sur le Programme d’action et l’Instrument international de traçage
init-answers = Réponses : yes | no | partially (en partie, ou en cours d’élaboration) | not_applicable | unknown.
init-check = Vérification : poa-report validate FILE
init-questionnaire = Questionnaire
init-points_of_contact = Points de contact nationaux
init-contacts = Toutes les personnes ou tous les services, désignés par leur identifiant

## Load errors: what kind of problem (shown before the reader's own detail in other languages)
load-FILE-001 = le fichier ne peut pas être lu
load-FILE-002 = le fichier dépasse la taille maximale autorisée
load-FILE-003 = le fichier n’est pas du texte en UTF-8
load-FILE-004 = le fichier est vide
load-YAML-001 = le texte n’est pas du YAML valide
load-YAML-002 = une clé apparaît deux fois dans le même dictionnaire
load-YAML-003 = le texte est imbriqué trop profondément
load-YAML-004 = le texte comporte trop d’éléments
load-YAML-005 = le texte utilise une fonctionnalité de YAML que les rapports n’utilisent pas
load-YAML-006 = le fichier ne contient aucun document YAML

## The submission portal (poa-report portal)
portal-portal = Rapports nationaux sur le Programme d’action et l’Instrument international de traçage — portail de soumission
portal-secretariat = Secrétariat
portal-overview = Tous les États
portal-audit = Journal d’audit
portal-my-reports = Rapports de mon État
portal-sign-in = Se connecter
portal-sign-out = Se déconnecter
portal-email = Adresse électronique
portal-password = Mot de passe
portal-sign-in-help = Les comptes sont créés par le secrétariat pour les points de contact nationaux de chaque État. Demandez-lui un lien pour définir votre mot de passe.
portal-sign-in-wrong = L’adresse électronique ou le mot de passe est incorrect, ou le compte est désactivé.
portal-sign-in-locked = Trop de tentatives infructueuses : attendez 15 minutes avant de réessayer.
portal-set-password = Définir votre mot de passe
portal-new-password = Nouveau mot de passe
portal-repeat-password = Confirmation du mot de passe
portal-password-help = { $min ->
        [one] Au moins { $min } caractère.
       *[other] Au moins { $min } caractères.
    } Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
portal-password-differ = Les deux mots de passe sont différents.
portal-password-short = Un mot de passe doit comporter au moins { $min ->
        [one] { $min } caractère.
       *[other] { $min } caractères.
    }
portal-password-long = Un mot de passe comporte au plus 1 024 caractères.
portal-password-set = Votre mot de passe est défini. Vous pouvez maintenant vous connecter.
portal-link-invalid = Ce lien est inconnu, a déjà été utilisé ou a expiré : demandez-en un nouveau au secrétariat.
portal-home = Retour à la page d’accueil
portal-csrf = Ce formulaire a expiré ou ne provient pas de ce portail : rechargez la page et réessayez.
portal-other-state = Cette page concerne les rapports d’un autre État.
portal-secretariat-only = Seul le secrétariat peut ouvrir cette page.
portal-own-state-only = Seuls les points de contact nationaux de l’État peuvent modifier ou soumettre son rapport.
portal-state = État
portal-cycle = Cycle
portal-cycles = Cycles
portal-versions = Versions soumises
portal-version = Version
portal-status = Statut
portal-status-submitted = Soumis
portal-status-with-errors = Soumis comme projet (avec des erreurs)
portal-status-draft = Projet uniquement
portal-status-not-yet = Pas encore
portal-no-cycles = Aucun rapport de cet État n’a encore été commencé ni soumis.
portal-open-cycle = Ouvrir le rapport du cycle
portal-open = Ouvrir
portal-fill-in = Remplir le rapport section par section, en voyant les constatations au fur et à mesure
portal-view-form = Voir le projet tel que le formulaire l’affiche
portal-draft = Projet
portal-draft-saved = Dernier enregistrement le { $at } par { $by }.
portal-draft-findings = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement.
       *[other] { $warnings } avertissements.
    }
portal-counts = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
portal-question = Question
portal-finding = Constatation
portal-line = Ligne
portal-more-findings = … et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    } (téléchargez le projet pour les voir toutes).
portal-download = Télécharger pour approbation interne
portal-submit = Soumettre le rapport
portal-submit-as-draft = Soumettre comme projet
portal-submit-draft-only = Le rapport comporte des erreurs : tant qu’elles ne sont pas corrigées, il ne peut être soumis que comme projet, signalé comme tel.
portal-no-draft = Il n’existe pas encore de projet pour ce cycle.
portal-start-from-previous = Partir du rapport de { $cycle }
portal-start-empty = Commencer un rapport vierge
portal-start-failed = Le projet n’a pas pu être créé : { $problem }
portal-upload = Remplacer le projet par un fichier (YAML, XLSX ou XML)
portal-upload-button = Téléverser
portal-upload-kinds = Téléversez un rapport au format YAML (.yaml), classeur (.xlsx) ou XML (.xml).
portal-upload-not-report = Le fichier est au format YAML, mais ce n’est pas un rapport (exécutez poa-report validate sur ce fichier).
portal-upload-failed = Le fichier n’a pas pu être lu : { $problem }
portal-upload-empty = Choisissez un fichier à téléverser.
portal-upload-other-report = Ce fichier est le rapport { $found }, et non le rapport { $expected }.
portal-draft-stale = Le projet a été modifié depuis le chargement de cette page (autre onglet ou collègue) : rechargez la page pour le voir.
portal-submit-refused = Le rapport n’a pas été soumis : { $problem }
portal-nothing-to-submit = Il n’y a aucun projet à soumettre : commencez-en ou téléversez-en un d’abord.
portal-no-draft-file = Il n’existe pas de projet pour ce cycle.
portal-cannot-render = Le projet ne peut pas être mis en page tant que ses erreurs de forme ne sont pas corrigées.
portal-received = Reçu le
portal-result = Validation
portal-result-valid = Valide : aucune erreur, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
portal-result-draft = Projet : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
portal-sha256 = SHA-256
portal-as-submitted = tel que soumis
portal-no-versions = Rien n’a été soumis pour ce cycle.
portal-receipts = Accusés de réception
portal-receipt-title = Accusé de réception de la soumission
portal-receipt-id = Numéro de l’accusé de réception
portal-receipt-at = Accusé de réception délivré le
portal-submitter = Soumis par
portal-receipt-pdf = Télécharger l’accusé de réception (PDF)
portal-receipt-final = Le rapport a été reçu et enregistré tel qu’il figure ci-dessus. Conservez cet accusé de réception.
portal-receipt-draft-only = Le rapport comporte des erreurs et a été enregistré comme soumission d’un projet. Corrigez les erreurs et soumettez-le à nouveau.
portal-receipt-unchanged = Ce contenu avait déjà été soumis : la version indiquée est inchangée.
portal-no-receipt = Cet accusé de réception n’existe pas.
portal-back-to-report = Retour au rapport
portal-audit-shown = { $shown ->
        [one] { $shown } ligne, la plus récente, sur { $total }.
       *[other] Les { $shown } lignes les plus récentes sur { $total }.
    }
portal-at = Heure
portal-actor = Auteur
portal-action = Action
portal-subject = Objet
portal-detail = Détail
portal-changes = Modifications
portal-from = De
portal-to = À
portal-compare = Comparer
portal-compare-help = Chaque côté est un cycle (2026 : sa dernière version), une version d’un cycle (2026/2) ou le projet d’un cycle (2026/draft).
portal-compare-missing = { $report } n’existe pas : la comparaison est impossible.
portal-compare-unreadable = { $report } ne peut pas être lu comme un rapport ; la comparaison est donc impossible.
portal-change-count = modifications : { $count }
portal-changes-none = Aucune réponse, aucun texte ni aucun chiffre n’a été modifié.
portal-label = Libellé
portal-field = Champ
portal-field-answer = réponse
portal-field-details = précisions
portal-before = Avant
portal-after = Après
portal-kind-added = ajouté
portal-kind-removed = supprimé
portal-kind-changed = modifié
portal-changes-from-version = modifications par rapport à la version { $version }
portal-changes-from-cycle = modifications depuis { $cycle }
portal-draft-changes = Ce que le projet modifie
portal-regions = Analyse régionale
portal-regions-help = Chaque analyse lit la dernière version du rapport de chaque État pour le cycle, comme le fait poa-report aggregate --region : taux de présentation des rapports, taux de mise en œuvre, chiffres clés, besoins et offres d’assistance.
portal-region = Région
portal-reported = Rapports présentés
portal-reported-of = { $reported } sur { $members }
portal-all-states = Tous les États ayant soumis un rapport
portal-downloads = Téléchargements

## The language server (poa-report lsp): code actions
lsp-change-to = Remplacer par
lsp-insert-question = Insérer la question
