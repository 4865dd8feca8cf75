import type { PhraseBank } from './types.ts';

/** Dutch: home market of the demo brand, strong on whatsapp and facebook. */
export const nl: PhraseBank = {
  lang: 'nl',
  firstNames: ['Sanne', 'Daan', 'Lotte', 'Bram', 'Fleur', 'Jeroen', 'Eva', 'Thijs', 'Anouk', 'Ruben', 'Iris', 'Sem', 'Marloes', 'Joost', 'Femke', 'Pieter', 'Noor', 'Lars'],
  familyNames: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker', 'van den Berg'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Hoi,', 'Hallo,', 'Goedemiddag,', 'Beste,', 'Goedemorgen,'],
    thanks: ['', '', 'Alvast bedankt.', 'Graag snel reactie.', 'Hoe lang nog?', 'Echt balen.', 'Dank!'],
    city: ['Amsterdam', 'Rotterdam', 'Eindhoven', 'Londen', 'Barcelona', 'Lissabon', 'Curaçao', 'Bonaire', 'New York', 'Parijs', 'Rome', 'Malaga', 'Istanbul', 'Bali', 'Kaapstad'],
    item: ['koffer', 'tas', 'golftas', 'kinderwagen', 'rugzak', 'skitas', 'handbagage', 'gitaarkoffer'],
    crew: ['de crew', 'het cabinepersoneel', 'de stewardess', 'de piloot', 'het grondpersoneel', 'de bemanning'],
    wait: ['in de wacht', 'in de chat', 'aan de lijn', 'in de rij bij de balie'],
  },
  inbound: {
    negative: [
      '{hi} vlucht {flight} naar {city} heeft al {hours} uur vertraging en niemand vertelt ons iets. {thanks}',
      '{brand} sta al {mins} minuten {wait}. Dit is toch niet normaal?',
      'Mijn {item} is na {days} dagen nog steeds niet terecht. Dossiernummer {ref}. {thanks}',
      '{hi} ik wacht al {days} weken op mijn terugbetaling voor boeking {ref}. Wanneer krijg ik mijn geld?',
      'Vlucht {flight} geannuleerd en zomaar omgeboekt naar morgen. Bedankt voor niks {brand}',
      'Betaald voor stoel {seat} en toch achterin gezet. Geen uitleg, niks.',
      'Inchecken via de app lukt niet voor {ref}, hij crasht steeds. {thanks}',
      'Aansluiting in {city} gemist door de vertraging van {flight}. Nu mag ik op het vliegveld slapen.',
      'Mijn claim {claim} bij de reisverzekering is zonder reden afgewezen. Onacceptabel.',
      '{crew} op {flight} was echt onvriendelijk. Heel teleurstellend.',
      'Twee keer {amount} euro afgeschreven voor boeking {ref}. Graag terugstorten!',
      'Gate van {flight} drie keer gewijzigd zonder omroep. Wat een chaos op Schiphol.',
      'Mijn {item} kwam kapot van de band in {city}. Wie gaat dit betalen?',
      '{hi} al {hours} uur geen reactie op mijn bericht. Waar blijven jullie?',
    ],
    neutral: [
      '{hi} kan ik mijn vlucht {flight} naar {city} nog online wijzigen?',
      'Hoeveel kilo handbagage mag ik meenemen op {flight}?',
      '{hi} wanneer gaat de online check-in open voor boeking {ref}?',
      'Is er wifi aan boord op de vlucht naar {city}?',
      'Mag mijn {item} mee als extra bagage en wat kost dat?',
      'Dekt mijn reisverzekering een geannuleerd hotel in {city}? Polis {claim}.',
      'Vanaf welke terminal vertrekt {flight}? {thanks}',
      'Kan ik een vegetarische maaltijd bestellen op {flight}?',
      '{hi} hoe voeg ik mijn Flying Blue nummer toe aan boeking {ref}?',
      'Hoe laat opent de bagagedrop voor {flight}?',
    ],
    positive: [
      'Super bedankt aan {crew} van {flight} naar {city}, wat een fijne vlucht!',
      'Vlucht naar {city} was op tijd en de service was top. Goed gedaan {brand}!',
      'Mijn {item} binnen een dag bij het hotel in {city} bezorgd. Chapeau!',
      '{brand} bedankt voor de snelle terugbetaling van {ref}, dat ging makkelijk.',
      'Wat een lieve crew op {flight}, mijn kinderen vonden het geweldig.',
      'Claim {claim} binnen {days} dagen uitbetaald. Keurig geregeld.',
      'Inchecken in twee minuten met de nieuwe app. Top!',
    ],
  },
  replies: {
    negative: [
      'Hoi {name}, wat vervelend om te lezen. Kun je je boekingscode in een DM sturen? Dan zoeken we het direct uit. ^{agent}',
      'Hoi {name}, onze excuses. We hebben je dossier doorgezet en je hoort binnen 24 uur van ons. ^{agent}',
      'Sorry voor het wachten, {name}. Je zaak ligt nu bij onze bagageafdeling; je krijgt vandaag een update per mail. ^{agent}',
      'Hoi {name}, we begrijpen je frustratie. De terugbetaling is inmiddels in behandeling. ^{agent}',
    ],
    neutral: [
      'Hoi {name}, dat kan! Ga naar Mijn Boeking op onze website en kies Vlucht wijzigen. ^{agent}',
      'Hoi {name}, de online check-in opent 30 uur voor vertrek. Goede reis! ^{agent}',
      'Bedankt voor je vraag, {name}. Je mag maximaal 12 kg handbagage meenemen. ^{agent}',
      'Hoi {name}, we hebben je de details in een privébericht gestuurd. ^{agent}',
    ],
    positive: [
      'Wat leuk om te horen, {name}! We geven je compliment door aan de crew. ^{agent}',
      'Dank je wel, {name}! Fijne vakantie en tot de volgende vlucht. ^{agent}',
      'Bedankt dat je met ons vloog, {name}! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        'Vlucht {flight} naar {city} geannuleerd door de aswolk en in de app kan ik niet omboeken {tag}',
        '{brand} vast in {city} door die vulkaan, al {hours} uur in de rij en geen medewerker te zien {tag}',
        'Aswolk of niet, {mins} minuten {wait} is echt te lang. Wat moet ik nu? {tag}',
        'Alle vluchten geannuleerd door de vulkanische as en mijn hotel zit vol. Wie betaalt dat? {tag}',
        'Dekt mijn reisverzekering de annulering door de aswolk? Claim {claim} nog steeds geen antwoord {tag}',
      ],
      neutral: [
        'Gaat {flight} naar {city} nog door met die aswolk? {tag}',
        'Kan ik gratis omboeken als mijn vlucht door de vulkaan geannuleerd wordt? {tag}',
        'Is er al nieuws over vluchten uit {city} nu de aswolk verschuift? {tag}',
      ],
      positive: [
        'Petje af voor het grondpersoneel in {city} dat water en dekens uitdeelt tijdens de aswolk {tag}',
        'Binnen een paar minuten omgeboekt na de annuleringen door de vulkaan. Top {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Vlucht {flight} geannuleerd ({topic}) en niemand neemt de telefoon op {tag}',
      '{brand} {topic}: mijn reis naar {city} is verpest, al {hours} uur wachten {tag}',
      'Echt boos over de communicatie rond {topic}. Geen enkele informatie {tag}',
    ],
    neutral: ['Heeft {topic} gevolgen voor mijn vlucht {flight}? {tag}', 'Waar vind ik updates over {topic}? {tag}'],
    positive: ['Dank voor de snelle updates over {topic} {tag}'],
  },
  incidentReplies: [
    'Hoi {name}, het spijt ons. Door de verstoring zijn veel vluchten geannuleerd; je kunt kosteloos omboeken via Mijn Boeking. ^{agent}',
    'Hoi {name}, het is erg druk. Kijk op onze reisupdates-pagina voor de actuele status. ^{agent}',
  ],
  hashtags: ['#schiphol', '#vertraging', '#klantenservice', '#vakantie', '#reizen', '#koffer', '#fail'],
};
