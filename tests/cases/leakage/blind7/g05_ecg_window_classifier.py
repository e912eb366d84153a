"""Arrhythmia detection from a single-lead wearable ECG stream.

data/ecg_stream.csv: timestamp, lead_ii (mV), beat_label (0 normal, 1 abnormal)
sampled at 250 Hz. We cut the stream into 2 s windows with 80% overlap,
compute per-window signal features and train a random forest.
"""
import argparse
import json

import numpy as np
import pandas as pd
from scipy import signal as sps
from scipy.stats import kurtosis, skew
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

FS = 250


def get_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", default="data/ecg_stream.csv")
    ap.add_argument("--window-sec", type=float, default=2.0)
    ap.add_argument("--step-sec", type=float, default=0.4)
    ap.add_argument("--trees", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args()


def load_stream(path):
    df = pd.read_csv(path)
    df["timestamp"] = pd.to_datetime(df["timestamp"])
    df = df.sort_values("timestamp").reset_index(drop=True)
    gaps = df["timestamp"].diff().dt.total_seconds().gt(1.0).sum()
    print(f"{len(df)} samples, {df['timestamp'].min()} -> {df['timestamp'].max()}, {gaps} gaps > 1s")
    return df


def bandpass(x, lo=0.5, hi=40.0, order=3):
    b, a = sps.butter(order, [lo / (FS / 2), hi / (FS / 2)], btype="band")
    return sps.filtfilt(b, a, x)


def sliding_windows(values, labels, size, step):
    X, y, starts = [], [], []
    for start in range(0, len(values) - size + 1, step):
        seg = values[start:start + size]
        lab = labels[start:start + size]
        X.append(seg)
        y.append(int(lab.mean() > 0.2))
        starts.append(start)
    return np.asarray(X), np.asarray(y), np.asarray(starts)


def window_features(w):
    w = (w - w.mean()) / (w.std() + 1e-8)
    peaks, _ = sps.find_peaks(w, distance=int(0.3 * FS), height=1.5)
    rr = np.diff(peaks) / FS if len(peaks) > 1 else np.array([0.0])
    freqs, psd = sps.welch(w, fs=FS, nperseg=min(256, len(w)))
    band = lambda lo, hi: psd[(freqs >= lo) & (freqs < hi)].sum()
    return {
        "skew": skew(w),
        "kurt": kurtosis(w),
        "ptp": np.ptp(w),
        "n_peaks": len(peaks),
        "rr_mean": rr.mean(),
        "rr_std": rr.std(),
        "rr_range": np.ptp(rr),
        "p_0_5": band(0.5, 5),
        "p_5_15": band(5, 15),
        "p_15_40": band(15, 40),
    }


def main():
    args = get_args()
    df = load_stream(args.csv)
    df["lead_filt"] = bandpass(df["lead_ii"].to_numpy())

    size = int(args.window_sec * FS)
    step = int(args.step_sec * FS)
    windows, y, starts = sliding_windows(df["lead_filt"].to_numpy(), df["beat_label"].to_numpy(), size, step)
    feats = pd.DataFrame([window_features(w) for w in windows])
    print("windows:", feats.shape, "abnormal share: %.3f" % y.mean())
    print(feats.describe().T[["mean", "std"]])

    X_train, X_test, y_train, y_test = train_test_split(
        feats, y, test_size=0.25, stratify=y, random_state=args.seed
    )

    clf = RandomForestClassifier(
        n_estimators=args.trees,
        min_samples_leaf=2,
        class_weight="balanced_subsample",
        n_jobs=-1,
        random_state=args.seed,
    )
    clf.fit(X_train, y_train)

    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(classification_report(y_test, pred, digits=3))
    scores = {
        "roc_auc": roc_auc_score(y_test, proba),
        "pr_auc": average_precision_score(y_test, proba),
        "prevalence": float(y_test.mean()),
    }
    print(json.dumps(scores, indent=2))

    imp = pd.Series(clf.feature_importances_, index=feats.columns).sort_values(ascending=False)
    print(imp.head(10))


if __name__ == "__main__":
    main()
