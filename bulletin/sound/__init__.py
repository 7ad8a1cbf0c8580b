"""The sound: speech clips to one programme (mix, bed, slot), loudness, limiter, MP3."""
