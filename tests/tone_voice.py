"""A tiny Piper-shaped voice for tests and benchmarks: a real ONNX model run by the real runtime.

Same inputs and output as a Piper voice (`input` int64 [1, n], `input_lengths` int64 [1], `scales`
float32 [3] = noise, length, noise_w, `sid` int64 [1] for several speakers; output float32
[1, 1, samples]), with its `.onnx.json`. Each phoneme id becomes a Hann-windowed tone burst of
`HOP * length_scale` samples at `tone_hz(id, speaker)`, so a test can read the ids back from the audio.
Built with the onnx package's helper API (a dev dependency).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

HOP = 256  # samples per phoneme id at length_scale 1 (a VITS hop length)
BASE_HZ, STEP_HZ, SPEAKER_HZ = 100.0, 25.0, 500.0
AMPLITUDE = 0.5
# The voice's own symbol table (ids need not be Piper's: the engine must take them from the config):
# PAD, BOS, EOS, space, punctuation, Latin letters and the IPA letters, marks and diacritics
# espeak-ng writes (NFD: "ç" arrives as "c" + U+0327).
SYMBOLS = ["_", "^", "$", " ", *"!'(),-.:;?", *"abcdefghijklmnopqrstuvwxyz", *"æçðøœŋθβχ",
           *(chr(c) for c in range(0x0250, 0x02B0)), *"ʰʲˈˌːˑ", *"\u0303\u0327\u0329\u032a\u032f\u030a"]
ID_MAP = {symbol: [index] for index, symbol in enumerate(SYMBOLS)}


def tone_hz(phoneme_id: int, speaker: int = 0) -> float:
    return BASE_HZ + STEP_HZ * phoneme_id + SPEAKER_HZ * speaker


def _graph(rate: int, speakers: int):
    from onnx import TensorProto, helper

    def const(name: str, value, kind=TensorProto.FLOAT):
        return helper.make_node("Constant", [], [name], value=helper.make_tensor(
            name + "_v", kind, [len(value)] if isinstance(value, list) else [], value))

    nodes = [
        const("axis0", [0], TensorProto.INT64), const("axis1", [1], TensorProto.INT64),
        const("one", [1], TensorProto.INT64), const("shape", [1, 1, -1], TensorProto.INT64),
        const("zero_i", 0, TensorProto.INT64), const("step_i", 1, TensorProto.INT64),
        const("hop", float(HOP)), const("base", BASE_HZ), const("step", STEP_HZ),
        const("omega", 2 * np.pi / rate), const("amp", AMPLITUDE), const("half", 0.5),
        const("speaker_hz", SPEAKER_HZ),
        helper.make_node("Squeeze", ["input", "axis0"], ["ids"]),
        helper.make_node("Cast", ["ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["ids_f", "step"], ["id_hz"]),
        helper.make_node("Add", ["id_hz", "base"], ["plain_hz"]),
        # length: HOP * length_scale samples per id
        helper.make_node("Gather", ["scales", "one"], ["length_scale"], axis=0),
        helper.make_node("Mul", ["length_scale", "hop"], ["frames_f"]),
        helper.make_node("Floor", ["frames_f"], ["frames_floor"]),
        helper.make_node("Cast", ["frames_floor"], ["frames_1"], to=TensorProto.INT64),
        helper.make_node("Squeeze", ["frames_1", "axis0"], ["frames"]),
        helper.make_node("Range", ["zero_i", "frames", "step_i"], ["t_i"]),
        helper.make_node("Cast", ["t_i"], ["t"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["frames"], ["frames_ff"], to=TensorProto.FLOAT),
        # Hann window over each burst: 0.5 - 0.5 cos(2 pi t / frames)
        helper.make_node("Div", ["t", "frames_ff"], ["t_rel"]),
        const("two_pi", 2 * np.pi),
        helper.make_node("Mul", ["t_rel", "two_pi"], ["w_phase"]),
        helper.make_node("Cos", ["w_phase"], ["w_cos"]),
        helper.make_node("Mul", ["w_cos", "half"], ["w_half"]),
        helper.make_node("Sub", ["half", "w_half"], ["window"]),
    ]
    inputs = [helper.make_tensor_value_info("input", TensorProto.INT64, [1, "n"]),
              helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
              helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3])]
    if speakers > 1:
        inputs.append(helper.make_tensor_value_info("sid", TensorProto.INT64, [1]))
        nodes += [helper.make_node("Cast", ["sid"], ["sid_f"], to=TensorProto.FLOAT),
                  helper.make_node("Mul", ["sid_f", "speaker_hz"], ["sid_hz"]),
                  helper.make_node("Add", ["plain_hz", "sid_hz"], ["hz"])]
    else:
        nodes.append(helper.make_node("Identity", ["plain_hz"], ["hz"]))
    nodes += [
        helper.make_node("Unsqueeze", ["hz", "axis1"], ["hz_col"]),
        helper.make_node("Unsqueeze", ["t", "axis0"], ["t_row"]),
        helper.make_node("Mul", ["hz_col", "t_row"], ["cycles"]),
        helper.make_node("Mul", ["cycles", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["sine"]),
        helper.make_node("Unsqueeze", ["window", "axis0"], ["window_row"]),
        helper.make_node("Mul", ["sine", "window_row"], ["burst"]),
        helper.make_node("Mul", ["burst", "amp"], ["loud"]),
        helper.make_node("Reshape", ["loud", "shape"], ["output"]),
    ]
    output = helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "samples"])
    graph = helper.make_graph(nodes, "tone_voice", inputs, [output])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)


def write_tone_voice(folder: Path, name: str = "de_DE-tone-medium", rate: int = 22050,
                     speakers: int = 1, length_scale: float = 1.0, id_map: dict | None = None) -> Path:
    """Write `<name>.onnx` and `<name>.onnx.json` into `folder`; returns the .onnx path."""
    import onnx

    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    onnx.save(_graph(rate, speakers), str(model))
    config = {
        "audio": {"sample_rate": rate, "quality": "medium"},
        "espeak": {"voice": "de"},
        "inference": {"noise_scale": 0.667, "length_scale": length_scale, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_id_map": id_map if id_map is not None else ID_MAP,
        "num_symbols": len(SYMBOLS),
        "num_speakers": speakers,
        "speaker_id_map": {f"sprecher{i}": i for i in range(speakers)} if speakers > 1 else {},
        "piper_version": "1.0.0",
    }
    Path(f"{model}.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return model


def read_ids(samples: np.ndarray, rate: int, frames: int, speaker: int = 0) -> list[int]:
    """The phoneme ids whose bursts make up `samples` (each `frames` long), from each burst's pitch."""
    ids = []
    for start in range(0, len(samples) - frames + 1, frames):
        burst = samples[start:start + frames]
        if np.max(np.abs(burst)) < 1e-3:
            ids.append(-1)  # silence (a pause between sentences)
            continue
        spectrum = np.abs(np.fft.rfft(burst, 1 << 15))
        peak_hz = np.argmax(spectrum) * rate / (1 << 15)
        ids.append(int(round((peak_hz - BASE_HZ - SPEAKER_HZ * speaker) / STEP_HZ)))
    return ids
