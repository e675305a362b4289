/** The zone's time zone: the admin panel and the editorial calendar show times in it (Beijing time). */
export const ZONE_TIME_ZONE = 'Asia/Shanghai'
