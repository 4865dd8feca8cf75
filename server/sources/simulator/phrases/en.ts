import type { PhraseBank } from './types.ts';

/** English: the biggest share on x, facebook and apple messages. */
export const en: PhraseBank = {
  lang: 'en',
  firstNames: ['James', 'Emma', 'Oliver', 'Sophie', 'Liam', 'Olivia', 'Noah', 'Grace', 'Jack', 'Chloe', 'Harry', 'Mia', 'Ethan', 'Ava', 'Daniel', 'Ruby', 'Ryan', 'Hannah', 'Tom', 'Megan'],
  familyNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Evans', 'Walker', 'Wright', 'Clarke', 'Hughes', 'Murphy', 'Turner', 'Baker'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Hi,', 'Hello,', 'Hey', 'Hi there,', 'Good morning,'],
    thanks: ['', '', 'Thanks.', 'Please help.', 'Thanks in advance!', 'Any update?', 'Not happy.'],
    city: ['Amsterdam', 'London', 'New York', 'Dublin', 'Manchester', 'Toronto', 'Singapore', 'Dubai', 'Lisbon', 'Barcelona', 'Boston', 'Cape Town', 'Sydney', 'Edinburgh', 'Chicago'],
    item: ['suitcase', 'bag', 'golf bag', 'stroller', 'backpack', 'checked bag', 'guitar case', 'ski bag'],
    crew: ['cabin crew', 'crew', 'pilot', 'flight attendant', 'ground staff', 'gate agent'],
    wait: ['on hold', 'in a queue', 'waiting for a reply', 'in this chat'],
  },
  inbound: {
    negative: [
      '{hi} my flight {flight} to {city} is delayed {hours} hours and nobody tells us anything. {thanks}',
      '{brand} {hours} hours at the gate for {flight} and still no new departure time. Ridiculous.',
      'Landed in {city} {days} days ago and my {item} is still missing. File ref {ref}. {thanks}',
      '{hi} you lost my {item} on {flight}. Third call today, been {wait} for {mins} minutes.',
      'Still waiting for my refund for booking {ref}. It has been {days} weeks. {thanks}',
      'Flight {flight} cancelled last minute, rebooked for tomorrow without asking. Seriously {brand}?',
      'Paid for seat {seat} and got moved to the back without any explanation.',
      '{hi} been {wait} for {mins} minutes. Is anybody actually working today?',
      'My travel insurance claim {claim} was rejected without a reason. Not acceptable.',
      'Online check-in keeps failing for {ref} and the app just crashes. {thanks}',
      'Missed my connection in {city} because {flight} was late, and now I have to sleep at the airport.',
      'The {crew} on {flight} was rude when I asked for water. Very disappointing.',
      'Your website charged me twice for booking {ref}. I want my {amount} euros back.',
      'Gate changed three times for {flight} and nobody announced it. Chaos.',
      'Broken handle on my {item} after {flight}. Who pays for this?',
    ],
    neutral: [
      '{hi} can I still change my flight {flight} to {city} online?',
      'How many kg can I bring in hand luggage on {flight}?',
      '{hi} when does online check-in open for booking {ref}?',
      'Is there wifi on the flight to {city}?',
      'Can I take my {item} as extra baggage, and what does it cost?',
      '{hi} does my travel insurance cover a cancelled hotel in {city}? Policy {claim}.',
      'Which terminal does {flight} leave from in {city}?',
      'Is a vegetarian meal available on {flight}? {thanks}',
      'Do I need a visa for a transfer in {city}?',
      '{hi} how do I add my frequent flyer number to booking {ref}?',
      'What time does the bag drop open for {flight}?',
    ],
    positive: [
      'Huge thanks to the {crew} on {flight} to {city}, you made my day!',
      'Smooth flight to {city}, early arrival and great service. {brand} well done!',
      'Lost my {item} and got it delivered to my hotel in {city} within a day. Impressed!',
      '{brand} thank you for the quick refund for {ref}, that was painless.',
      'Best {crew} ever on {flight}. Kind, funny and so helpful with my kids.',
      'Insurance claim {claim} paid out in {days} days. Great service.',
      'Check-in took two minutes today. Love the new app.',
      'Upgraded on {flight} for my birthday. Thank you so much!',
    ],
  },
  replies: {
    negative: [
      'Hi {name}, we are very sorry to hear this. Could you send us your booking reference in a DM so we can look into it? ^{agent}',
      "Hi {name}, that's not the experience we want for you. We have escalated this and will update you within 24 hours. ^{agent}",
      'Sorry for the wait, {name}. Your case is now with our baggage team; you will receive an update by email today. ^{agent}',
      'Hi {name}, apologies for the trouble. We have checked your file and the refund is being processed. ^{agent}',
      'We understand your frustration, {name}. Please DM us your file reference and we will follow up personally. ^{agent}',
    ],
    neutral: [
      'Hi {name}, yes you can! Go to My Booking on our website and choose Change flight. ^{agent}',
      'Hi {name}, online check-in opens 30 hours before departure. Have a good trip! ^{agent}',
      'Thanks for your question, {name}. Hand luggage may weigh up to 12 kg on this flight. ^{agent}',
      'Hi {name}, we have sent you the details in a private message. ^{agent}',
    ],
    positive: [
      'Thank you so much, {name}! We will pass your kind words on to the crew. ^{agent}',
      'Great to hear, {name}! Enjoy your stay and see you on board again soon. ^{agent}',
      'Thanks for flying with us, {name}! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        'Flight {flight} to {city} cancelled because of the ash cloud and no rebooking option in the app {tag}',
        '{brand} stuck in {city} due to the volcano, {hours} hours in line and nobody from your staff to help {tag}',
        'Ash cloud or not, 4 hours {wait} is unacceptable. My flight {flight} is cancelled, what now? {tag}',
        'All flights cancelled because of the volcanic ash and my hotel is fully booked. Who pays? {tag}',
        'Does my travel insurance cover the ash cloud cancellation? Claim {claim} got no answer {tag}',
        'Third cancelled flight this week thanks to the volcano. Please just tell us when we can fly {tag}',
      ],
      neutral: [
        'Is {flight} to {city} still operating with the ash cloud? {tag}',
        'Can I rebook for free if my flight is cancelled because of the volcano? {tag}',
        'Any update on flights from {city} now that the ash cloud is moving? {tag}',
      ],
      positive: [
        'Thanks to the ground staff in {city} handing out water and blankets during the ash cloud chaos {tag}',
        'Rebooked within minutes after the volcano cancellations. Good job {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Flight {flight} cancelled ({topic}) and nobody answers the phone {tag}',
      '{brand} {topic}: my trip to {city} is ruined, {hours} hours waiting already {tag}',
      'Really angry about your communication on {topic}. No information at all {tag}',
    ],
    neutral: ['Is my flight {flight} affected by {topic}? {tag}', 'Where can I find updates about {topic}? {tag}'],
    positive: ['Thanks for the quick updates about {topic} {tag}'],
  },
  incidentReplies: [
    'Hi {name}, we are sorry. Because of the disruption many flights are cancelled; you can rebook for free in My Booking. ^{agent}',
    'Hi {name}, we are experiencing very high volumes. Please check our travel updates page for the latest status. ^{agent}',
  ],
  hashtags: ['#travel', '#fail', '#customerservice', '#delayed', '#lostluggage', '#avgeek', '#travelproblems', '#flying'],
};
