"""Seizure window classifier -- patient-independent evaluation.

The detector has to work on patients it has never seen, so CV is GroupKFold over
subject_id (each fold = a set of unseen patients).
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

NON_FEATURES = {"window_id", "subject_id", "session_id", "window_start", "seizure",
                "seizure_onset_offset_s", "review_flag"}

df = pd.read_csv("train.csv")
features = [c for c in df.columns if c not in NON_FEATURES]
X, y, subj = df[features].to_numpy(), df["seizure"].to_numpy(), df["subject_id"].to_numpy()
print(f"{len(df)} windows, {len(np.unique(subj))} patients, {y.mean():.3%} ictal")

models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.1, class_weight="balanced",
                                                                 max_iter=3000)),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced"),
}
scores = {name: {"auc": [], "ap": []} for name in models}

for fold, (tr, te) in enumerate(GroupKFold(n_splits=6).split(X, y, subj)):
    if y[te].sum() == 0:
        print(f"fold {fold}: no seizures in held-out patients, skipped")
        continue
    for name, model in models.items():
        model.fit(X[tr], y[tr])
        p = model.predict_proba(X[te])[:, 1]
        scores[name]["auc"].append(roc_auc_score(y[te], p))
        scores[name]["ap"].append(average_precision_score(y[te], p))

for name, s in scores.items():
    print(f"{name:7s} ROC-AUC {np.mean(s['auc']):.3f}   PR-AUC {np.mean(s['ap']):.3f}")

final = models["hgb"].fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({"window_id": test["window_id"],
              "prediction": final.predict_proba(test[features].to_numpy())[:, 1]}).to_csv(
    "predictions.csv", index=False)
