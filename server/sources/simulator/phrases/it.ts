import type { PhraseBank } from './types.ts';

/** Italian. */
export const it: PhraseBank = {
  lang: 'it',
  firstNames: ['Giulia', 'Francesco', 'Chiara', 'Alessandro', 'Sofia', 'Lorenzo', 'Martina', 'Matteo', 'Giorgia', 'Andrea', 'Federica', 'Luca', 'Elisa', 'Marco', 'Valentina', 'Davide'],
  familyNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Ciao,', 'Buongiorno,', 'Buonasera,', 'Salve,'],
    thanks: ['', '', 'Grazie.', 'Attendo risposta.', 'Grazie in anticipo.', 'Vergognoso.', 'Qualcuno mi aiuta?'],
    city: ['Roma', 'Milano', 'Napoli', 'Venezia', 'Firenze', 'Bologna', 'Catania', 'Palermo', 'Amsterdam', 'Parigi', 'Londra', 'Barcellona', 'New York', 'Torino', 'Bari'],
    item: ['la mia valigia', 'il mio zaino', 'il passeggino', 'la sacca da golf', 'il mio bagaglio', 'la sacca da sci', 'il trolley', 'la mia chitarra'],
    wait: ['in attesa', 'in chat', 'al telefono', 'in fila al banco'],
  },
  inbound: {
    negative: [
      '{hi} il mio volo {flight} per {city} ha {hours} ore di ritardo e nessuno ci dice niente. {thanks}',
      '{brand} sono {wait} da {mins} minuti. Ma scherziamo?',
      'Dopo {days} giorni non ho ancora notizie del mio bagaglio. Pratica {ref}. {thanks}',
      '{hi} aspetto da {days} settimane il rimborso della prenotazione {ref}.',
      'Volo {flight} cancellato all’ultimo momento e spostato a domani senza chiedermi nulla. Grazie di niente {brand}',
      'Ho pagato il posto {seat} e mi hanno messo in fondo senza spiegazioni.',
      'Il check-in online non funziona per {ref}, l’app si blocca. {thanks}',
      'Perso la coincidenza a {city} per il ritardo del {flight}. Stanotte dormo in aeroporto.',
      'L’assicurazione viaggio ha respinto la mia richiesta {claim} senza motivo. Inaccettabile.',
      'L’equipaggio del {flight} è stato davvero scortese. Che delusione.',
      'Addebitati due volte {amount} euro per la prenotazione {ref}. Rivoglio i miei soldi!',
      'Gate del {flight} cambiato tre volte senza annunci. Un caos totale.',
      'Ho ritrovato {item} in pessime condizioni a {city}. Chi paga adesso?',
    ],
    neutral: [
      '{hi} posso ancora cambiare online il mio volo {flight} per {city}?',
      'Quanti chili di bagaglio a mano posso portare sul {flight}?',
      '{hi} quando apre il check-in online per la prenotazione {ref}?',
      'C’è il wifi a bordo sul volo per {city}?',
      'Posso portare {item} come bagaglio extra? Quanto costa?',
      'La mia assicurazione viaggio copre un hotel annullato a {city}? Polizza {claim}.',
      'Da quale terminal parte il {flight}? {thanks}',
      'Si può avere un pasto vegetariano sul {flight}?',
      '{hi} come aggiungo il mio codice frequent flyer alla prenotazione {ref}?',
      'A che ora apre il banco bagagli per il {flight}?',
    ],
    positive: [
      'Grazie mille all’equipaggio del {flight} per {city}, siete stati fantastici!',
      'Volo per {city} puntuale e servizio impeccabile. Bravi {brand}!',
      'Mi hanno consegnato il bagaglio smarrito in hotel a {city} in un giorno. Complimenti!',
      '{brand} grazie per il rimborso veloce di {ref}, tutto semplicissimo.',
      'Che equipaggio gentile sul {flight}, i miei figli erano felicissimi.',
      'Pratica {claim} pagata in {days} giorni. Servizio eccellente.',
      'Check-in in due minuti con la nuova app. Adoro!',
    ],
  },
  replies: {
    negative: [
      'Ciao {name}, ci dispiace molto. Puoi inviarci il codice di prenotazione in privato così verifichiamo subito? ^{agent}',
      'Ciao {name}, ci scusiamo. Abbiamo inoltrato la tua pratica e ti risponderemo entro 24 ore. ^{agent}',
      'Scusa per l’attesa, {name}. Il nostro team bagagli segue il tuo caso; oggi riceverai una e-mail. ^{agent}',
      'Ciao {name}, capiamo la tua frustrazione. Il rimborso è già in lavorazione. ^{agent}',
    ],
    neutral: [
      'Ciao {name}, certo! Vai su La mia prenotazione sul nostro sito e scegli Cambia volo. ^{agent}',
      'Ciao {name}, il check-in online apre 30 ore prima della partenza. Buon viaggio! ^{agent}',
      'Grazie per la domanda, {name}. Il bagaglio a mano può pesare fino a 12 kg. ^{agent}',
      'Ciao {name}, ti abbiamo inviato i dettagli in un messaggio privato. ^{agent}',
    ],
    positive: [
      'Grazie mille, {name}! Riferiremo i tuoi complimenti all’equipaggio. ^{agent}',
      'Che bello leggerlo, {name}! Buon soggiorno e a presto a bordo. ^{agent}',
      'Grazie per aver volato con noi, {name}! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        'Volo {flight} per {city} cancellato per la nube di cenere e l’app non permette di cambiarlo {tag}',
        '{brand} bloccato a {city} per colpa del vulcano, {hours} ore di fila e nessun addetto {tag}',
        'Nube di cenere o no, {mins} minuti {wait} sono troppi. Volo cancellato, e adesso? {tag}',
        'Tutti i voli cancellati per la cenere vulcanica e l’hotel è pieno. Chi paga? {tag}',
        'La mia assicurazione copre la cancellazione per la nube di cenere? Pratica {claim} senza risposta {tag}',
      ],
      neutral: [
        'Il {flight} per {city} parte nonostante la nube di cenere? {tag}',
        'Posso cambiare gratis se il volo viene cancellato per il vulcano? {tag}',
        'Novità sui voli da {city} ora che la nube di cenere si sposta? {tag}',
      ],
      positive: [
        'Grazie al personale di terra di {city} che distribuisce acqua e coperte durante il caos del vulcano {tag}',
        'Riprenotato in pochi minuti dopo le cancellazioni per la cenere. Bravi {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Volo {flight} cancellato ({topic}) e nessuno risponde al telefono {tag}',
      '{brand} {topic}: il mio viaggio a {city} è rovinato, {hours} ore di attesa {tag}',
      'Davvero arrabbiato per la vostra comunicazione su {topic}. Zero informazioni {tag}',
    ],
    neutral: ['Il mio volo {flight} è coinvolto ({topic})? {tag}', 'Dove trovo aggiornamenti su {topic}? {tag}'],
    positive: ['Grazie per gli aggiornamenti rapidi su {topic} {tag}'],
  },
  incidentReplies: [
    'Ciao {name}, ci dispiace. A causa del disservizio molti voli sono cancellati; puoi cambiare gratis da La mia prenotazione. ^{agent}',
    'Ciao {name}, stiamo ricevendo moltissimi messaggi. Controlla lo stato aggiornato sulla nostra pagina info viaggio. ^{agent}',
  ],
  hashtags: ['#viaggi', '#ritardo', '#assistenzaclienti', '#vacanze', '#bagaglio', '#vergogna'],
};
