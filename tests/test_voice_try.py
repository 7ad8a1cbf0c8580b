"""`make-bulletin voices try`: a test line in the format the file name asks for (pydub's export
through the project's ffmpeg), measured after decoding, and one line for a name it cannot write."""

import subprocess
import wave

import pytest
from conftest import decode_errors, ebur128

from bulletin.config import Config
from bulletin.errors import BulletinError
from bulletin.sound.audio import ffmpeg_exe
from bulletin.speech.voice_tools import try_voice

LINE = "Am 3. Mai sprach die Bürgermeisterin im Stadtrat."


def stream(path):
    """Codec, sample rate and channels as ffmpeg reads them from the file."""
    done = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    return next(line for line in done.stderr.splitlines() if "Audio:" in line)


@pytest.mark.parametrize("suffix, codec", [(".wav", "pcm_s16le"), (".mp3", "mp3"), (".ogg", "vorbis"),
                                           (".flac", "flac")])
def test_each_format_decodes_to_the_spoken_line(tmp_path, suffix, codec):
    out = tmp_path / f"hoer{suffix}"
    tried = try_voice("espeak", LINE, out, Config())
    assert tried.path == out and "dritten Mai" in tried.spoken
    assert decode_errors(out) == ""
    audio = stream(out)
    assert codec in audio and "22050 Hz" in audio and "mono" in audio
    meter = ebur128(out)
    assert abs(meter.duration - tried.seconds) < 0.1  # the whole clip, not a part of it
    assert -40 < meter.integrated < -10  # speech, not silence or noise at full scale
    assert out.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temp file left beside it


def test_the_wav_holds_the_clip_sample_for_sample(tmp_path):
    out = tmp_path / "hoer.wav"
    tried = try_voice("espeak", LINE, out, Config())
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert abs(wav.getnframes() / 22050 - tried.seconds) < 1e-3


def test_a_name_it_cannot_write_is_one_line_and_leaves_nothing(tmp_path):
    with pytest.raises(BulletinError, match=r"hoer\.aiff: give a file name ending in \.wav, \.mp3"):
        try_voice("espeak", LINE, tmp_path / "hoer.aiff", Config())
    with pytest.raises(BulletinError, match="cannot write there"):
        try_voice("espeak", LINE, tmp_path / "missing" / "hoer.mp3", Config())
    assert list(tmp_path.iterdir()) == []
