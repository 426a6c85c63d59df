"""What the demonstration data is made of: real communes, typical needs, names, partners.

The communes are members of Amiens Métropole with their INSEE and postal codes. People
and organisations other than public institutions are invented.
"""

from __future__ import annotations

from ..domain.enums import LegalForm, PartnerKind, Sector

#: (name, INSEE code, postal code) — communes of Amiens Métropole.
COMMUNES = (
    ("Amiens", "80021", "80000"),
    ("Allonville", "80020", "80260"),
    ("Bertangles", "80092", "80260"),
    ("Blangy-Tronville", "80107", "80440"),
    ("Bovelles", "80130", "80540"),
    ("Boves", "80131", "80440"),
    ("Cagny", "80160", "80330"),
    ("Camon", "80164", "80450"),
    ("Cardonnette", "80173", "80260"),
    ("Clairy-Saulchoix", "80198", "80540"),
    ("Creuse", "80225", "80480"),
    ("Dreuil-lès-Amiens", "80256", "80730"),
    ("Dury", "80261", "80480"),
    ("Estrées-sur-Noye", "80291", "80250"),
    ("Ferrières", "80305", "80470"),
    ("Glisy", "80379", "80440"),
    ("Grattepanche", "80387", "80680"),
    ("Guignemicourt", "80399", "80540"),
    ("Hébécourt", "80424", "80680"),
    ("Longueau", "80489", "80330"),
    ("Pont-de-Metz", "80632", "80480"),
    ("Remiencourt", "80668", "80250"),
)

#: (title, sector, description, target public, existing offer)
NEED_IDEAS = (
    (
        "Recyclerie de quartier",
        Sector.REUSE,
        "Les déchetteries reçoivent chaque semaine des meubles et de l'électroménager en état "
        "de marche. Une recyclerie collecterait, réparerait et revendrait à petit prix.",
        "Habitants à faibles revenus, étudiants, jeunes ménages",
        "Une ressourcerie associative à 25 km, saturée ; aucun atelier de réparation.",
    ),
    (
        "Garage solidaire",
        Sector.MOBILITY,
        "Sans voiture en état, des demandeurs d'emploi refusent des postes en horaires décalés. "
        "Un garage solidaire réparerait à prix coûtant et formerait des mécaniciens en insertion.",
        "Allocataires du RSA, salariés précaires, jeunes en insertion",
        "Garages classiques aux tarifs inaccessibles ; pas de location sociale de véhicules.",
    ),
    (
        "Conciergerie de quartier",
        Sector.SERVICES,
        "Les habitants d'un quartier prioritaire et les salariés de la zone d'activités "
        "manquent de services de proximité (retouches, colis, petits travaux).",
        "Habitants du quartier, salariés de la zone d'activités",
        "Aucune conciergerie ; commerces de proximité fermés depuis 2019.",
    ),
    (
        "Épicerie sociale et solidaire",
        Sector.FOOD,
        "Les travailleurs sociaux signalent des familles qui renoncent à des produits frais. "
        "Une épicerie à double tarif accueillerait tous les publics sans stigmatisation.",
        "Familles monoparentales, retraités modestes, étudiants",
        "Distribution alimentaire d'urgence deux fois par mois ; pas d'épicerie sociale.",
    ),
    (
        "Mobilité en zone rurale : transport à la demande solidaire",
        Sector.MOBILITY,
        "Dans les communes rurales du sud de l'agglomération, les personnes âgées sans voiture "
        "ne peuvent plus aller au marché ni chez le médecin.",
        "Personnes âgées isolées, personnes sans permis",
        "Une ligne de bus deux fois par jour ; le transport à la demande ne couvre pas le soir.",
    ),
    (
        "Tiers-lieu rural",
        Sector.CULTURE,
        "Un ancien corps de ferme pourrait accueillir un espace de travail partagé, un café "
        "associatif et des ateliers, là où il n'y a plus de commerce.",
        "Télétravailleurs, associations locales, jeunes",
        "Salle des fêtes peu utilisée ; espaces de coworking seulement à Amiens.",
    ),
    (
        "Restauration collective bio et locale",
        Sector.FOOD,
        "Les cantines scolaires doivent servir 50 % de produits durables ; les producteurs "
        "locaux n'ont pas d'outil commun de transformation et de livraison.",
        "Cantines scolaires, EHPAD, maraîchers du territoire",
        "Cuisine centrale en délégation de service public ; pas de légumerie.",
    ),
    (
        "Atelier vélo participatif",
        Sector.MOBILITY,
        "La ville développe ses pistes cyclables mais beaucoup de vélos dorment dans les caves, "
        "faute de savoir les réparer.",
        "Étudiants, familles, salariés se rendant au travail à vélo",
        "Deux vélocistes commerciaux ; aucun atelier d'autoréparation.",
    ),
    (
        "Service de répit pour aidants familiaux",
        Sector.CARE,
        "Les aidants de proches dépendants s'épuisent : il manque des solutions de garde "
        "ponctuelles à domicile, le soir et le week-end.",
        "Aidants familiaux, personnes âgées dépendantes",
        "Accueil de jour saturé ; services d'aide à domicile sans intervention le week-end.",
    ),
    (
        "Crèche à horaires atypiques",
        Sector.CARE,
        "Les salariés de la logistique et du soin travaillent tôt le matin ou tard le soir ; "
        "aucune crèche n'ouvre avant 7 h 30.",
        "Parents en horaires décalés, familles monoparentales",
        "Crèches municipales de 7 h 30 à 18 h 30 ; assistantes maternelles en nombre insuffisant.",
    ),
    (
        "Ressourcerie du bâtiment",
        Sector.HOUSING,
        "Les chantiers jettent des matériaux réutilisables pendant que des ménages modestes "
        "renoncent à rénover leur logement.",
        "Artisans, auto-rénovateurs, bailleurs sociaux",
        "Aucune plateforme de réemploi des matériaux dans la Somme.",
    ),
    (
        "Médiation numérique itinérante",
        Sector.DIGITAL,
        "La dématérialisation des démarches laisse de côté les habitants des petites communes "
        "sans ordinateur ni accompagnement.",
        "Personnes âgées, demandeurs d'emploi, habitants éloignés des services",
        "Un espace France Services à Amiens ; permanences irrégulières en mairie.",
    ),
    (
        "Entreprise d'insertion en maraîchage",
        Sector.EMPLOYMENT,
        "Des terres agricoles en friche et des personnes éloignées de l'emploi : un chantier "
        "de maraîchage biologique répondrait aux deux.",
        "Chômeurs de longue durée, bénéficiaires du RSA",
        "Un jardin d'insertion complet ; liste d'attente de six mois.",
    ),
    (
        "Laverie solidaire",
        Sector.SERVICES,
        "Des familles mal logées n'ont pas de lave-linge ; la laverie la plus proche a fermé.",
        "Familles mal logées, personnes sans domicile stable",
        "Aucune laverie à moins de 5 km.",
    ),
    (
        "Habitat inclusif pour personnes âgées",
        Sector.HOUSING,
        "Des personnes âgées autonomes mais isolées voudraient vivre ensemble, avec un "
        "accompagnement léger, sans entrer en établissement.",
        "Personnes âgées autonomes, personnes en situation de handicap",
        "EHPAD complets ; aucune offre d'habitat partagé.",
    ),
    (
        "Accorderie d'échange de services",
        Sector.SERVICES,
        "Les habitants ont des savoir-faire à échanger mais pas de lieu pour se rencontrer.",
        "Habitants du quartier, retraités, familles",
        "Centre social sans activité d'échange de services.",
    ),
)

FIRST_NAMES = (
    "Łucja",
    "Thị Mai",
    "Ayşe",
    "Jiří",
    "Aïcha",
    "Mamadou",
    "Chloé",
    "Éric",
    "Fatoumata",
    "Karim",
    "Agnieszka",
    "Hélène",
    "Yasmina",
    "Théo",
    "Ngozi",
    "Gaëlle",
    "Mehdi",
    "Zoé",
    "Bogdan",
    "Inès",
    "Sébastien",
    "Leïla",
    "Dragan",
    "Maëlys",
    "Nguyễn Văn",
    "Oumar",
)
LAST_NAMES = (
    "Kowalczyk",
    "Nguyễn",
    "Şahin",
    "Dvořák",
    "Benali",
    "Diallo",
    "Lefèvre",
    "Dubois",
    "Traoré",
    "Haddad",
    "Wiśniewska",
    "Caron",
    "Boukhari",
    "Moreau",
    "Okafor",
    "Lemaire",
    "Benhamou",
    "Petit",
    "Popescu",
    "Da Silva",
    "Lemoine",
    "Mansouri",
    "Jovanović",
    "Vasseur",
    "Trần",
    "Sy",
)

#: Existing ESS organisations that may carry a project.
ORGANISATIONS = (
    ("Association Le Pas de Côté", LegalForm.ASSOCIATION),
    ("SCIC Somme Mobilités", LegalForm.SCIC),
    ("SCOP Les Ateliers du Val", LegalForm.SCOP),
    ("Association Cultures Partagées", LegalForm.ASSOCIATION),
    ("Régie de quartier Nord-Amiens", LegalForm.ASSOCIATION),
)

ENTERPRISE_PREFIXES = ("La Fabrique", "L'Atelier", "Le Relais", "Les Jardins", "La Boussole")

#: (name, kind) — institutions and networks a Fabrique works with.
PARTNERS = (
    ("Amiens Métropole", PartnerKind.LOCAL_AUTHORITY),
    ("Région Hauts-de-France", PartnerKind.LOCAL_AUTHORITY),
    ("Département de la Somme", PartnerKind.LOCAL_AUTHORITY),
    ("Banque des Territoires", PartnerKind.FUNDER),
    ("France Active Picardie", PartnerKind.FUNDER),
    ("Avise", PartnerKind.EXPERT),
    ("Union régionale des Scop et Scic", PartnerKind.ESS_ORGANISATION),
    ("Réseau des ressourceries", PartnerKind.ESS_ORGANISATION),
)

#: (name, organisation code) — the Fabrique's staff.
STAFF = (
    ("Claire Vasseur", "cress"),
    ("Yannick Morel", "griep"),
    ("Samia Haddad", "griep"),
)
