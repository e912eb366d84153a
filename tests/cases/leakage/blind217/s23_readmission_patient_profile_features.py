"""
Readmission model with patient-profile features.

Frequent flyers drive most readmissions, so I summarise each patient into a
profile (typical length of stay, how many stays, medication burden, and the
patient's own readmission tendency as a leave-one-out rate so a stay never sees
its own label) and attach it to every stay.

Evaluation: out-of-time cut, and the test window only keeps patients that do
not appear before the cut.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

TARGET = "readmitted_30d"
CATS = ["sex", "admission_type", "discharge_disposition", "primary_dx_group", "insurance", "hba1c_result"]

raw = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])


def add_profile(frame):
    f = frame.copy()
    by_pt = f.groupby("patient_id")
    f["pt_n_stays"] = by_pt["stay_id"].transform("count")
    f["pt_mean_los"] = by_pt["los_days"].transform("mean")
    f["pt_max_meds"] = by_pt["n_medications"].transform("max")
    f["pt_span_days"] = (by_pt["discharge_date"].transform("max") - by_pt["admit_date"].transform("min")).dt.days
    # leave-one-out readmission rate: excludes the current stay's own label
    s = by_pt[TARGET].transform("sum")
    f["pt_loo_readmit_rate"] = ((s - f[TARGET]) / (f["pt_n_stays"] - 1)).where(f["pt_n_stays"] > 1, np.nan)
    f["los_vs_typical"] = f["los_days"] / f["pt_mean_los"]
    return f


data = add_profile(raw)
for c in CATS:
    data[c] = data[c].fillna("unknown").astype(str)

FEATURES = ["age", "los_days", "n_diagnoses", "n_procedures", "n_medications", "prior_ed_visits_12m",
            "pt_n_stays", "pt_mean_los", "pt_max_meds", "pt_span_days", "pt_loo_readmit_rate",
            "los_vs_typical"] + CATS

cut = data["discharge_date"].quantile(0.8)
train = data[data["discharge_date"] < cut - pd.Timedelta(days=30)]
test = data[(data["discharge_date"] >= cut) & ~data["patient_id"].isin(train["patient_id"])]
print("train:", train.shape, "test:", test.shape, "test patients:", test["patient_id"].nunique())

# early stopping on the last 15% (by time) of the training period
val_cut = train["discharge_date"].quantile(0.85)
fit_part = train[train["discharge_date"] < val_cut - pd.Timedelta(days=30)]
es_part = train[(train["discharge_date"] >= val_cut) & ~train["patient_id"].isin(fit_part["patient_id"])]

cb = CatBoostClassifier(iterations=3000, learning_rate=0.03, depth=6, l2_leaf_reg=5,
                        eval_metric="PRAUC", od_type="Iter", od_wait=200, random_seed=0, verbose=0)
cb.fit(fit_part[FEATURES], fit_part[TARGET], cat_features=CATS,
       eval_set=(es_part[FEATURES], es_part[TARGET]), use_best_model=True)
print("best iteration:", cb.get_best_iteration())

p = cb.predict_proba(test[FEATURES])[:, 1]
base = DummyClassifier(strategy="prior").fit(train[["age"]], train[TARGET])
p0 = base.predict_proba(test[["age"]])[:, 1]
y = test[TARGET].to_numpy()

print(f"catboost AUC {roc_auc_score(y, p):.4f}  AP {average_precision_score(y, p):.4f}  "
      f"Brier {brier_score_loss(y, p):.4f}")
print(f"prior    AUC {roc_auc_score(y, p0):.4f}  AP {average_precision_score(y, p0):.4f}  "
      f"Brier {brier_score_loss(y, p0):.4f}")

# cluster bootstrap by patient
rng = np.random.default_rng(5)
pos = test.reset_index(drop=True).groupby("patient_id").indices
keys = np.array(list(pos))
ap_b = []
for _ in range(800):
    ix = np.concatenate([pos[k] for k in rng.choice(keys, len(keys))])
    if y[ix].any():
        ap_b.append(average_precision_score(y[ix], p[ix]))
print("AP 95%% CI (patient bootstrap): %.3f to %.3f" % tuple(np.percentile(ap_b, [2.5, 97.5])))

fi = pd.Series(cb.get_feature_importance(), index=FEATURES).sort_values(ascending=False)
print(fi.round(2))
