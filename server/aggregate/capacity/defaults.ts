import { CHANNELS, type Channel } from '../../schemas/message.ts';
import type { PriorityTier, ResolvedPlan } from './config.ts';

/** Chat apps: a customer waits in a conversation, so Erlang C applies; public posts and comments drain as a backlog. */
export const CHAT_CHANNELS: readonly Channel[] = ['messenger', 'whatsapp', 'wechat', 'line', 'kakaotalk', 'applemessages'];

/**
 * Default priority tiers, highest first: imminent travel for 4 h, urgency words for 12 h, then loyalty members and
 * customers already in conversation. Words in the ten wall languages; override them in HUBWALL_STAFFING_FILE.
 */
export const DEFAULT_PRIORITY: PriorityTier[] = [
  {
    id: 'travel-now',
    label: 'Travelling within 4 h',
    keywords: ['boarding', 'at the gate', 'my flight leaves', 'departs in', 'leaves in', 'vertrekt over', 'aan de gate', "part dans", 'embarquement', 'abflug in', 'sale en', 'embarque', 'parte tra', '登机', '搭乗', '탑승'],
    patterns: ['\\b(in|within|over|dans|en|tra|em)\\s+\\d{1,2}\\s*(h|hrs?|hours?|uur|heures?|stunden?|horas?|ore|min|minutes?|minuten|minutos?|minuti)\\b', '\\b(today|tonight|vandaag|vanavond|aujourd.hui|ce soir|heute|hoy|hoje|oggi|stasera)\\b', '(今天|今晚|今日|今夜|오늘)'],
    windowMinutes: 240,
  },
  {
    id: 'urgent',
    label: 'Urgent or tomorrow',
    keywords: ['urgent', 'asap', 'emergency', 'dringend', 'spoed', 'urgente', 'urgência', '紧急', '至急', '급해'],
    patterns: ['\\b(tomorrow|morgen|demain|mañana|amanhã|domani)\\b', '(明天|明日|내일)'],
    windowMinutes: 720,
  },
  {
    id: 'loyal',
    label: 'Loyalty members and ongoing conversations',
    keywords: ['gold member', 'platinum', 'frequent flyer', 'loyalty', 'flying blue', 'elite', 'vip'],
    inConversation: true,
  },
];

/** Planning figures until HUBWALL_STAFFING_FILE or a staff POST says otherwise: two agents per channel. */
export const DEFAULT_CAPACITY_CONFIG: { channels: Record<Channel, ResolvedPlan>; priority: PriorityTier[] } = {
  channels: Object.fromEntries(
    CHANNELS.map((c) => {
      const chat = CHAT_CHANNELS.includes(c);
      const plan: ResolvedPlan = {
        agents: 2,
        // Chat agents hold several conversations at once; a public reply needs reading the thread first.
        casesPerAgentHour: chat ? 12 : 10,
        targetMinutes: chat ? 15 : 60,
        model: chat ? 'erlang-c' : 'backlog',
        serviceLevel: 0.8,
        schedule: [],
      };
      return [c, plan];
    }),
  ) as Record<Channel, ResolvedPlan>,
  priority: DEFAULT_PRIORITY,
};
