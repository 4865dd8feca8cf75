/** Public API of the wall config: load, validate and watch `dashboards/` and `themes/`. */
export { createConfigService, type ConfigLogger, type ConfigService, type ConfigServiceOptions, type ReloadResult } from './service.ts';
export { buildConfig, loadConfig, readConfigFiles, WALLS_FILE, type ConfigDirs, type ConfigFiles, type LoadResult, type SourceFile } from './load.ts';
export { CONFIG_ERROR_CODES, ConfigInvalidError, formatConfigError, type ConfigError, type ConfigErrorCode } from './errors.ts';
export { THEME_VARS, channelVar, type ChannelVar, type ThemeVar } from './theme-vars.ts';
export { WIDGET_FILTERS, WIDGET_OPTIONS, WIDGET_TOPIC, KPI_TILES, BUCKET_MINUTES, type WidgetOptions } from './widget-options.ts';
