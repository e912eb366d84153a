"""Readmission model comparison.

Readmissions are only ~14 % of stays; the minority class is oversampled before modelling,
candidates are compared with 5-fold stratified CV, and the winner is scored on a 20 % test split.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

df = pd.read_csv("train.csv")
df = df.drop(columns=["readmit_los_days", "post_discharge_er_visits"])
df = pd.get_dummies(df, columns=["sex", "race", "admission_type", "insulin", "discharge_to", "hba1c_result"],
                    dtype=float)
df = df.fillna(-1)

X = df.drop(columns=["stay_id", "patient_id", "readmitted_30d"])
y = df["readmitted_30d"]

ros = RandomOverSampler(sampling_strategy=0.6, random_state=0)
X_os, y_os = ros.fit_resample(X, y)

X_train, X_test, y_train, y_test = train_test_split(X_os, y_os, test_size=0.2, stratify=y_os, random_state=0)

candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=4, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
}
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
cv_scores = {}
for name, est in candidates.items():
    scores = cross_val_score(est, X_train, y_train, cv=skf, scoring="roc_auc")
    cv_scores[name] = scores.mean()
    print(f"{name:7s} CV AUC {scores.mean():.4f} +/- {scores.std():.4f}")

best_name = max(cv_scores, key=cv_scores.get)
best = candidates[best_name].fit(X_train, y_train)
p = best.predict_proba(X_test)[:, 1]
print(f"\nselected: {best_name}")
print(f"test AUC   {roc_auc_score(y_test, p):.4f}")
print(f"test AP    {average_precision_score(y_test, p):.4f}")
print(f"test Brier {brier_score_loss(y_test, p):.4f}")

dummy_p = candidates["dummy"].fit(X_train, y_train).predict_proba(X_test)[:, 1]
print(f"dummy Brier {brier_score_loss(y_test, dummy_p):.4f}")

test = pd.read_csv("test.csv").drop(columns=["readmit_los_days", "post_discharge_er_visits"])
test_X = pd.get_dummies(test, columns=["sex", "race", "admission_type", "insulin", "discharge_to", "hba1c_result"],
                        dtype=float).fillna(-1).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"stay_id": test["stay_id"], "prediction": best.predict_proba(test_X)[:, 1]}).to_csv(
    "predictions.csv", index=False)
