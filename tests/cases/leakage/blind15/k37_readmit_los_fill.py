"""
Readmission -- handling missing length of stay.

About 6% of stays have no los_days (transfers whose discharge record arrived
late). For a patient with several stays, LOS is fairly stable, so I fill a
missing value from the same patient's neighbouring stays; the rest get the
diagnosis-group median from the training period.
Validation: chronological, patient-disjoint, 30-day buffer.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv", parse_dates=["admit_date"])
df = df.sort_values(["patient_id", "admit_date"]).reset_index(drop=True)
print("missing LOS:", df.los_days.isna().mean().round(3))

df["los_missing"] = df["los_days"].isna().astype(int)
df["los_days"] = df.groupby("patient_id")["los_days"].transform(lambda s: s.ffill().bfill())
print("still missing after patient fill:", df.los_days.isna().mean().round(3))

cut = df.admit_date.quantile(0.8)
train = df[df.admit_date < cut - pd.Timedelta(days=30)].copy()
test = df[(df.admit_date >= cut) & ~df.patient_id.isin(train.patient_id)].copy()

diag_median = train.groupby("diagnosis_group")["los_days"].median()
for part in (train, test):
    part["los_days"] = part["los_days"].fillna(part["diagnosis_group"].map(diag_median))
    part["los_days"] = part["los_days"].fillna(train["los_days"].median())

for c in ["diagnosis_group", "discharge_to"]:
    cats = pd.CategoricalDtype(sorted(train[c].unique()))
    train[c] = train[c].astype(cats)
    test[c] = test[c].astype(cats)

FEATS = ["age", "n_prior_stays", "los_days", "los_missing", "diagnosis_group", "discharge_to"]

# inner validation for early stopping: last 15% of the training period, new patients only
inner_cut = train.admit_date.quantile(0.85)
fit = train[train.admit_date < inner_cut - pd.Timedelta(days=30)]
val = train[(train.admit_date >= inner_cut) & ~train.patient_id.isin(fit.patient_id)]

clf = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.02, num_leaves=15,
                         min_child_samples=60, subsample=0.8, subsample_freq=1,
                         colsample_bytree=0.9, reg_lambda=2.0, verbose=-1)
clf.fit(fit[FEATS], fit[TARGET], eval_set=[(val[FEATS], val[TARGET])], eval_metric="binary_logloss",
        callbacks=[lgb.early_stopping(150, verbose=False)])
print("best iteration:", clf.best_iteration_)

p = clf.predict_proba(test[FEATS])[:, 1]
y = test[TARGET].to_numpy()
print(f"test AUC {roc_auc_score(y, p):.3f}  AP {average_precision_score(y, p):.3f}  logloss {log_loss(y, p):.4f}")

rng = np.random.default_rng(9)
b = np.array([roc_auc_score(y[i], p[i]) for i in (rng.integers(0, len(y), len(y)) for _ in range(1000))])
print("AUC 95% CI", np.percentile(b, [2.5, 97.5]).round(3))

print(pd.Series(clf.booster_.feature_importance("gain"), index=FEATS).sort_values(ascending=False).round(0))
