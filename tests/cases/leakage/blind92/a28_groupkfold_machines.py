"""Machine-level cross-validation of three detectors on sensor data.

GroupKFold keeps every machine's cycles in a single fold, so a detector is always
scored on machines it has not been fitted on.
"""
import numpy as np
import pandas as pd
from pyod.models.iforest import IForest
from pyod.models.hbos import HBOS
from pyod.models.lof import LOF
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import average_precision_score, roc_auc_score

SENSORS = ["temp_bearing", "temp_motor", "vibration_rms", "vibration_peak", "pressure_bar",
           "current_a", "rpm", "oil_particles", "ambient_temp"]


def make_detectors():
    return {
        "IForest": IForest(n_estimators=300, contamination=0.03, random_state=0),
        "HBOS": HBOS(n_bins=25, contamination=0.03),
        "LOF": LOF(n_neighbors=40, contamination=0.03),
    }


def main():
    df = pd.read_csv("train.csv", parse_dates=["cycle_time"])
    X = df[SENSORS].values
    y = df["fault"].values
    groups = df["machine_id"].values

    records = []
    for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
        healthy = X[tr][y[tr] == 0]
        scaler = StandardScaler().fit(healthy)
        base_cut = np.quantile(healthy[:, SENSORS.index("vibration_rms")], 0.97)
        vib = X[va][:, SENSORS.index("vibration_rms")]
        records.append({"fold": fold, "model": "baseline: vibration_rms",
                        "ap": average_precision_score(y[va], vib),
                        "auc": roc_auc_score(y[va], vib),
                        "flag_rate": float((vib > base_cut).mean())})
        for name, det in make_detectors().items():
            det.fit(scaler.transform(healthy))
            s = det.decision_function(scaler.transform(X[va]))
            records.append({"fold": fold, "model": name,
                            "ap": average_precision_score(y[va], s),
                            "auc": roc_auc_score(y[va], s),
                            "flag_rate": float(det.predict(scaler.transform(X[va])).mean())})

    res = pd.DataFrame(records)
    print(res.groupby("model")[["ap", "auc", "flag_rate"]].agg(["mean", "std"]).round(4))

    healthy = X[y == 0]
    scaler = StandardScaler().fit(healthy)
    det = IForest(n_estimators=300, contamination=0.03, random_state=0).fit(scaler.transform(healthy))
    sub = pd.read_csv("test.csv")
    sub[["machine_id", "cycle_time"]].assign(
        prediction=det.predict_proba(scaler.transform(sub[SENSORS].values))[:, 1]).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
