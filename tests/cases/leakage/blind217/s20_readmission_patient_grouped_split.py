# Readmission within 30 days -- patient-grouped evaluation.
#
# Patients come back several times, so a plain row split would put the same
# person on both sides. Everything below is grouped by patient_id:
#   - GroupShuffleSplit for the 80/20 holdout
#   - GroupKFold for tuning on the 80%
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
df = df.sort_values(["patient_id", "discharge_date"]).reset_index(drop=True)

# history features from earlier stays only
grp = df.groupby("patient_id")
df["n_prior_stays"] = grp.cumcount()
df["gap_days"] = (df["admit_date"] - grp["discharge_date"].shift()).dt.days
df["prev_los"] = grp["los_days"].shift()
df["prev_n_meds"] = grp["n_medications"].shift()
df["meds_delta"] = df["n_medications"] - df["prev_n_meds"]

cat_cols = ["sex", "admission_type", "discharge_disposition", "primary_dx_group", "insurance", "hba1c_result"]
for c in cat_cols:
    df[c] = df[c].astype("category")

features = ["age", "los_days", "n_diagnoses", "n_procedures", "n_medications", "prior_ed_visits_12m",
            "n_prior_stays", "gap_days", "prev_los", "meds_delta"] + cat_cols

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=7)
tr_idx, te_idx = next(gss.split(df, df[TARGET], groups=df["patient_id"]))
train, test = df.iloc[tr_idx], df.iloc[te_idx]
assert set(train.patient_id).isdisjoint(test.patient_id)
print(f"train {len(train)} stays / {train.patient_id.nunique()} patients; "
      f"test {len(test)} stays / {test.patient_id.nunique()} patients")

grid = [
    {"num_leaves": 15, "min_child_samples": 50, "learning_rate": 0.03, "n_estimators": 500},
    {"num_leaves": 31, "min_child_samples": 100, "learning_rate": 0.03, "n_estimators": 500},
    {"num_leaves": 7, "min_child_samples": 30, "learning_rate": 0.05, "n_estimators": 400},
]

gkf = GroupKFold(n_splits=5)
cv_res = []
for i, params in enumerate(grid):
    fold_ap, fold_auc = [], []
    for f_tr, f_va in gkf.split(train, groups=train["patient_id"]):
        m = LGBMClassifier(**params, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           random_state=0, verbose=-1)
        m.fit(train.iloc[f_tr][features], train.iloc[f_tr][TARGET])
        p = m.predict_proba(train.iloc[f_va][features])[:, 1]
        fold_ap.append(average_precision_score(train.iloc[f_va][TARGET], p))
        fold_auc.append(roc_auc_score(train.iloc[f_va][TARGET], p))
    cv_res.append((i, np.mean(fold_ap), np.std(fold_ap), np.mean(fold_auc)))
    print(f"config {i}: CV AP {np.mean(fold_ap):.4f} ± {np.std(fold_ap):.4f}  AUC {np.mean(fold_auc):.4f}")

best_i = max(cv_res, key=lambda r: r[1])[0]
best_params = grid[best_i]
print("picked config", best_i, best_params)

model = LGBMClassifier(**best_params, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                       random_state=0, verbose=-1)
model.fit(train[features], train[TARGET])
p_test = model.predict_proba(test[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features].fillna(0), train[TARGET])
p_dummy = dummy.predict_proba(test[features].fillna(0))[:, 1]

y_test = test[TARGET].to_numpy()
print("holdout  AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p_test), average_precision_score(y_test, p_test)))
print("dummy    AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p_dummy), average_precision_score(y_test, p_dummy)))

# bootstrap over patients for an interval
rng = np.random.default_rng(1)
rows_by_patient = test.reset_index(drop=True).groupby("patient_id").indices
pids = np.array(list(rows_by_patient))
boot = []
for _ in range(1000):
    idx = np.concatenate([rows_by_patient[p] for p in rng.choice(pids, len(pids))])
    if 0 < y_test[idx].sum() < len(idx):
        boot.append(average_precision_score(y_test[idx], p_test[idx]))
print("AP 95%% CI %.3f-%.3f" % tuple(np.percentile(boot, [2.5, 97.5])))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp)
