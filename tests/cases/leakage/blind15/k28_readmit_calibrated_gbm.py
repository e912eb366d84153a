"""
30-day readmission -- gradient boosting + isotonic calibration.

Design
------
* Prediction time = discharge. `followup_call_done` is recorded after discharge
  and is excluded.
* Splits are chronological by admit_date AND patient-disjoint: validation and
  test keep only patients with no stay in any earlier block. (A patient's later
  stays are correlated with their earlier ones; keeping them would flatter us.)
* A 30-day buffer before each cut so that no training label depends on events
  after the cut.
* Calibration (isotonic) on validation; test touched once.
* Baseline: predict the training readmission rate for everyone.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "readmitted_30d"
NUM = ["age", "n_prior_stays", "los_days"]
CAT = ["diagnosis_group", "discharge_to"]

df = pd.read_csv("train.csv", parse_dates=["admit_date"])
df = df.sort_values("admit_date").reset_index(drop=True)
print(df.admit_date.min().date(), "->", df.admit_date.max().date(), "|", len(df), "stays,",
      df.patient_id.nunique(), "patients, rate", round(df[TARGET].mean(), 3))
print(df.groupby(df.admit_date.dt.to_period("Q"))[TARGET].mean().round(3))

q = df.admit_date.quantile([0.6, 0.8])
val_start, test_start = q.iloc[0], q.iloc[1]
buffer = pd.Timedelta(days=30)

train = df[df.admit_date < val_start - buffer]
val = df[(df.admit_date >= val_start) & (df.admit_date < test_start - buffer)]
val = val[~val.patient_id.isin(train.patient_id)]
test = df[df.admit_date >= test_start]
test = test[~test.patient_id.isin(pd.concat([train.patient_id, val.patient_id]))]
for name, part in [("train", train), ("val", val), ("test", test)]:
    print(f"{name:5s} {len(part):6d} stays  rate={part[TARGET].mean():.3f}")

pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT)],
                        remainder="passthrough")
model = Pipeline([
    ("pre", pre),
    ("gb", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, max_leaf_nodes=15,
                                          min_samples_leaf=50, early_stopping=False, random_state=0)),
])
model.fit(train[NUM + CAT], train[TARGET])

p_val_raw = model.predict_proba(val[NUM + CAT])[:, 1]
iso = IsotonicRegression(out_of_bounds="clip").fit(p_val_raw, val[TARGET])

p_test_raw = model.predict_proba(test[NUM + CAT])[:, 1]
p_test = iso.predict(p_test_raw)
y = test[TARGET].to_numpy()
p_base = np.full(len(y), train[TARGET].mean())

print(f"AUC   {roc_auc_score(y, p_test):.3f}")
print(f"AP    {average_precision_score(y, p_test):.3f}   baseline {average_precision_score(y, p_base):.3f}")
print(f"Brier {brier_score_loss(y, p_test):.4f}   baseline {brier_score_loss(y, p_base):.4f}")
print(f"Brier (uncalibrated) {brier_score_loss(y, p_test_raw):.4f}")

# Brier skill score with a bootstrap interval, resampling patients (some have several test stays)
t = test.assign(p=p_test, p0=p_base)
pats = t.patient_id.unique()
grp = t.groupby("patient_id").indices
rng = np.random.default_rng(0)
bss = []
for _ in range(1000):
    idx = np.concatenate([grp[pid] for pid in rng.choice(pats, len(pats))])
    s = t.iloc[idx]
    bss.append(1 - brier_score_loss(s[TARGET], s.p) / brier_score_loss(s[TARGET], s.p0))
print("Brier skill score 95% CI:", np.percentile(bss, [2.5, 97.5]).round(3))

# calibration by decile of predicted risk on test
t["decile"] = pd.qcut(t.p.rank(method="first"), 10, labels=False)
print(t.groupby("decile").agg(pred=("p", "mean"), obs=(TARGET, "mean"), n=(TARGET, "size")).round(3))
