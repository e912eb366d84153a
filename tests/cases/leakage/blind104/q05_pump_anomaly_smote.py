"""Pump failure detector trained on pre-extracted vibration window features.

Each row of train.csv is one 10 s window summarised by statistics of the
accelerometer and pressure channels; `anomaly` is 1 when the window was
labelled as abnormal by the maintenance team.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

CONFIG = {
    "data_path": "train.csv",
    "out_dir": "runs/pump_rf",
    "target": "anomaly",
    "drop_cols": ["window_id"],
    "seed": 7,
    "test_size": 0.25,
    "rf": {"n_estimators": 400, "max_depth": 12, "min_samples_leaf": 2, "n_jobs": -1},
}


def load_data(cfg):
    df = pd.read_csv(cfg["data_path"])
    df = df.drop(columns=cfg["drop_cols"])
    df = df.dropna()
    return df


def add_features(df):
    df = df.copy()
    df["acc_crest"] = df["acc_max"] / (df["acc_rms"] + 1e-6)
    df["pressure_range"] = df["pressure_max"] - df["pressure_min"]
    df["log_kurtosis"] = np.log1p(df["acc_kurtosis"].clip(lower=0))
    return df


def main(cfg=CONFIG):
    out = Path(cfg["out_dir"])
    out.mkdir(parents=True, exist_ok=True)

    df = add_features(load_data(cfg))
    X = df.drop(columns=[cfg["target"]])
    y = df[cfg["target"]]
    print("class balance before resampling:", y.value_counts().to_dict())

    # balance the classes so the forest does not ignore anomalies
    X_res, y_res = SMOTE(random_state=cfg["seed"], k_neighbors=5).fit_resample(X, y)
    print("class balance after resampling:", y_res.value_counts().to_dict())

    X_tr, X_te, y_tr, y_te = train_test_split(
        X_res, y_res, test_size=cfg["test_size"], random_state=cfg["seed"], stratify=y_res
    )

    dummy = DummyClassifier(strategy="stratified", random_state=cfg["seed"]).fit(X_tr, y_tr)
    rf = RandomForestClassifier(random_state=cfg["seed"], **cfg["rf"]).fit(X_tr, y_tr)

    metrics = {}
    for name, model in [("dummy_baseline", dummy), ("random_forest", rf)]:
        p = model.predict_proba(X_te)[:, 1]
        metrics[name] = {
            "roc_auc": float(roc_auc_score(y_te, p)),
            "avg_precision": float(average_precision_score(y_te, p)),
        }
        print(name, metrics[name])
    print(classification_report(y_te, rf.predict(X_te), digits=3))

    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
