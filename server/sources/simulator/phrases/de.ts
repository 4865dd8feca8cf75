import type { PhraseBank } from './types.ts';

/** German. */
export const de: PhraseBank = {
  lang: 'de',
  firstNames: ['Lukas', 'Anna', 'Jonas', 'Laura', 'Felix', 'Lena', 'Maximilian', 'Julia', 'Leon', 'Sarah', 'Paul', 'Katharina', 'Tobias', 'Miriam', 'Stefan', 'Sabine'],
  familyNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Braun'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Hallo,', 'Guten Tag,', 'Moin,', 'Servus,', 'Hallo zusammen,'],
    thanks: ['', '', 'Danke.', 'Bitte um Rückmeldung.', 'Vielen Dank im Voraus.', 'Echt ärgerlich.', 'Was nun?'],
    city: ['Frankfurt', 'München', 'Berlin', 'Hamburg', 'Düsseldorf', 'Wien', 'Zürich', 'Amsterdam', 'Palma', 'Antalya', 'New York', 'Lissabon', 'Stuttgart', 'Köln', 'Kapstadt'],
    item: ['Koffer', 'Rucksack', 'Kinderwagen', 'Gitarrenkoffer', 'Trolley', 'Seesack', 'Fahrradkoffer'],
    crew: ['die Crew', 'das Kabinenpersonal', 'die Besatzung', 'das Bodenpersonal', 'die Flugbegleiterin', 'das Team an Bord'],
    wait: ['in der Warteschleife', 'im Chat', 'am Telefon', 'in der Schlange am Schalter'],
  },
  inbound: {
    negative: [
      '{hi} mein Flug {flight} nach {city} hat {hours} Stunden Verspätung und niemand informiert uns. {thanks}',
      '{brand} seit {mins} Minuten {wait}. Ist das euer Ernst?',
      'Mein {item} ist nach {days} Tagen immer noch verschwunden. Vorgang {ref}. {thanks}',
      '{hi} ich warte seit {days} Wochen auf die Erstattung für Buchung {ref}.',
      'Flug {flight} kurzfristig annulliert und ungefragt auf morgen umgebucht. Danke für nichts {brand}',
      'Sitzplatz {seat} bezahlt und trotzdem nach hinten gesetzt. Ohne Erklärung.',
      'Online-Check-in für {ref} funktioniert nicht, die App stürzt ständig ab. {thanks}',
      'Anschluss in {city} verpasst wegen der Verspätung von {flight}. Jetzt schlafe ich am Flughafen.',
      'Meine Reiseversicherung hat den Schaden {claim} ohne Begründung abgelehnt. Unmöglich.',
      '{crew} auf {flight} war richtig unfreundlich. Sehr enttäuschend.',
      'Zweimal {amount} Euro abgebucht für Buchung {ref}. Bitte sofort zurückzahlen!',
      'Gate für {flight} dreimal geändert, keine Durchsage. Chaos pur.',
      'Mein {item} kam in {city} kaputt vom Band. Wer zahlt das?',
    ],
    neutral: [
      '{hi} kann ich meinen Flug {flight} nach {city} noch online umbuchen?',
      'Wie viel Kilo Handgepäck darf ich auf {flight} mitnehmen?',
      '{hi} ab wann ist der Online-Check-in für Buchung {ref} möglich?',
      'Gibt es WLAN an Bord auf dem Flug nach {city}?',
      'Kann ich meinen {item} als Zusatzgepäck mitnehmen und was kostet das?',
      'Zahlt meine Reiseversicherung ein storniertes Hotel in {city}? Police {claim}.',
      'Von welchem Terminal startet {flight}? {thanks}',
      'Gibt es auf {flight} ein vegetarisches Essen?',
      '{hi} wie füge ich meine Vielfliegernummer zur Buchung {ref} hinzu?',
      'Wann öffnet die Gepäckaufgabe für {flight}?',
    ],
    positive: [
      'Ein großes Dankeschön an {crew} von {flight} nach {city}, ihr wart spitze!',
      'Pünktlich in {city} gelandet und super Service. Weiter so {brand}!',
      'Verlorener {item} innerhalb eines Tages ins Hotel in {city} geliefert. Respekt!',
      '{brand} danke für die schnelle Erstattung von {ref}, völlig unkompliziert.',
      'So eine nette Crew auf {flight}, meine Kinder waren begeistert.',
      'Schaden {claim} in {days} Tagen bezahlt. Top Service.',
      'Check-in in zwei Minuten mit der neuen App. Klasse!',
    ],
  },
  replies: {
    negative: [
      'Hallo {name}, das tut uns sehr leid. Schick uns bitte deinen Buchungscode per DM, dann kümmern wir uns sofort. ^{agent}',
      'Hallo {name}, wir entschuldigen uns. Dein Anliegen ist weitergeleitet, du hörst innerhalb von 24 Stunden von uns. ^{agent}',
      'Entschuldige die Wartezeit, {name}. Unser Gepäckteam bearbeitet deinen Fall; du bekommst heute eine E-Mail. ^{agent}',
      'Hallo {name}, wir verstehen deinen Ärger. Die Erstattung wird bereits bearbeitet. ^{agent}',
    ],
    neutral: [
      'Hallo {name}, ja, das geht! Unter Meine Buchung auf unserer Website kannst du den Flug ändern. ^{agent}',
      'Hallo {name}, der Online-Check-in öffnet 30 Stunden vor Abflug. Gute Reise! ^{agent}',
      'Danke für deine Frage, {name}. Handgepäck darf bis zu 12 kg wiegen. ^{agent}',
      'Hallo {name}, wir haben dir die Details per Direktnachricht geschickt. ^{agent}',
    ],
    positive: [
      'Vielen Dank, {name}! Wir geben dein Lob gern an die Crew weiter. ^{agent}',
      'Schön zu hören, {name}! Genieß deinen Aufenthalt und bis bald an Bord. ^{agent}',
      'Danke, dass du mit uns geflogen bist, {name}! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        'Flug {flight} nach {city} wegen der Aschewolke gestrichen und in der App keine Umbuchung möglich {tag}',
        '{brand} wegen des Vulkans in {city} gestrandet, {hours} Stunden Schlange und kein Personal {tag}',
        'Aschewolke hin oder her, {mins} Minuten {wait} ist zu viel. Flug annulliert, und jetzt? {tag}',
        'Alle Flüge wegen der Vulkanasche abgesagt und das Hotel ist ausgebucht. Wer zahlt das? {tag}',
        'Deckt meine Reiseversicherung die Annullierung wegen der Aschewolke? Fall {claim} unbeantwortet {tag}',
      ],
      neutral: [
        'Fliegt {flight} nach {city} trotz Aschewolke? {tag}',
        'Kann ich kostenlos umbuchen, wenn mein Flug wegen des Vulkans ausfällt? {tag}',
        'Gibt es Neuigkeiten zu Flügen ab {city}, jetzt wo die Aschewolke weiterzieht? {tag}',
      ],
      positive: [
        'Danke an das Bodenpersonal in {city}, das während des Vulkan-Chaos Wasser und Decken verteilt {tag}',
        'Nach den Ascheausfällen in Minuten umgebucht. Gut gemacht {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Flug {flight} gestrichen ({topic}) und niemand geht ans Telefon {tag}',
      '{brand} {topic}: meine Reise nach {city} ist ruiniert, seit {hours} Stunden warten {tag}',
      'Wirklich sauer über eure Kommunikation zu {topic}. Null Information {tag}',
    ],
    neutral: ['Ist mein Flug {flight} betroffen ({topic})? {tag}', 'Wo finde ich Updates zu {topic}? {tag}'],
    positive: ['Danke für die schnellen Updates zu {topic} {tag}'],
  },
  incidentReplies: [
    'Hallo {name}, das tut uns leid. Wegen der Störung fallen viele Flüge aus; unter Meine Buchung kannst du kostenlos umbuchen. ^{agent}',
    'Hallo {name}, wir haben gerade sehr viele Anfragen. Den aktuellen Status findest du auf unserer Reiseinfo-Seite. ^{agent}',
  ],
  hashtags: ['#reisen', '#verspätung', '#kundenservice', '#urlaub', '#gepäck', '#fail'],
};
