"""30-day readmission: honest out-of-time, out-of-patient evaluation.

Design
------
* features only use a patient's *earlier* stays (sorted by discharge date, shifted)
* train  : stays discharged before T1 - 30d (labels need 30 days to mature)
* valid  : stays in [T1, T2) from patients with no stay in train
* test   : stays on/after T2 from patients never seen in train or valid
Model choice happens on valid; test is scored once.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HORIZON = pd.Timedelta(days=30)
TARGET = "readmitted_30d"

stays = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
stays = stays.sort_values(["patient_id", "discharge_date"]).reset_index(drop=True)

# ---- history features (past stays only) ----------------------------------
g = stays.groupby("patient_id", sort=False)
stays["prior_stays"] = g.cumcount()
stays["days_since_last_discharge"] = (stays["admit_date"] - g["discharge_date"].shift(1)).dt.days
stays["prior_mean_los"] = g["los_days"].transform(lambda s: s.shift(1).expanding().mean())
stays["prior_max_n_dx"] = g["n_diagnoses"].transform(lambda s: s.shift(1).cummax())
stays["discharge_month"] = stays["discharge_date"].dt.month
stays["weekend_discharge"] = (stays["discharge_date"].dt.dayofweek >= 5).astype(int)

NUM = ["age", "los_days", "n_diagnoses", "n_procedures", "n_medications", "prior_ed_visits_12m",
       "prior_stays", "days_since_last_discharge", "prior_mean_los", "prior_max_n_dx", "weekend_discharge"]
CAT = ["sex", "admission_type", "discharge_disposition", "primary_dx_group", "insurance", "hba1c_result"]

# ---- out-of-time, out-of-patient split -----------------------------------
t1, t2 = stays["discharge_date"].quantile([0.6, 0.8])
train = stays[stays["discharge_date"] < t1 - HORIZON]
valid = stays[(stays["discharge_date"] >= t1) & (stays["discharge_date"] < t2 - HORIZON)]
valid = valid[~valid["patient_id"].isin(train["patient_id"])]
test = stays[stays["discharge_date"] >= t2]
test = test[~test["patient_id"].isin(pd.concat([train["patient_id"], valid["patient_id"]]))]

for name, part in [("train", train), ("valid", valid), ("test", test)]:
    print(f"{name:5s} stays={len(part):6d} patients={part.patient_id.nunique():6d} "
          f"rate={part[TARGET].mean():.3f} {part.discharge_date.min().date()}..{part.discharge_date.max().date()}")
assert not set(test.patient_id) & set(train.patient_id)


def preprocessor(scale):
    num = [("imp", SimpleImputer(strategy="median", add_indicator=True))]
    if scale:
        num.append(("sc", StandardScaler()))
    return ColumnTransformer([
        ("num", Pipeline(num), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), CAT),
    ])


models = {
    "prior_baseline": Pipeline([("pre", preprocessor(False)), ("m", DummyClassifier(strategy="prior"))]),
    "logreg": Pipeline([("pre", preprocessor(True)),
                        ("m", LogisticRegression(C=0.2, max_iter=4000, class_weight="balanced"))]),
    "hgb_shallow": Pipeline([("pre", preprocessor(False)),
                             ("m", HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05,
                                                                  max_iter=300, random_state=0))]),
    "hgb_deep": Pipeline([("pre", preprocessor(False)),
                          ("m", HistGradientBoostingClassifier(max_leaf_nodes=63, learning_rate=0.03,
                                                               max_iter=600, l2_regularization=1.0,
                                                               random_state=0))]),
}

val_scores = {}
for name, pipe in models.items():
    pipe.fit(train[NUM + CAT], train[TARGET])
    pv = pipe.predict_proba(valid[NUM + CAT])[:, 1]
    val_scores[name] = {"auc": roc_auc_score(valid[TARGET], pv),
                        "ap": average_precision_score(valid[TARGET], pv)}
val_table = pd.DataFrame(val_scores).T.sort_values("ap", ascending=False)
print(val_table.round(4))

chosen = val_table.drop(index="prior_baseline")["ap"].idxmax()
print("chosen on validation:", chosen)

# refit the chosen recipe on train+valid (both precede the test period), then test once
dev = pd.concat([train, valid])
final = models[chosen].fit(dev[NUM + CAT], dev[TARGET])
base = models["prior_baseline"].fit(dev[NUM + CAT], dev[TARGET])

pt = final.predict_proba(test[NUM + CAT])[:, 1]
p0 = base.predict_proba(test[NUM + CAT])[:, 1]
yt = test[TARGET].to_numpy()
print("\nTEST  model AUC %.3f AP %.3f Brier %.4f" % (roc_auc_score(yt, pt), average_precision_score(yt, pt),
                                                     brier_score_loss(yt, pt)))
print("TEST  prior AUC %.3f AP %.3f Brier %.4f" % (roc_auc_score(yt, p0), average_precision_score(yt, p0),
                                                     brier_score_loss(yt, p0)))

# patient-level (cluster) bootstrap, since test patients can have several stays
rng = np.random.default_rng(0)
pids = test["patient_id"].to_numpy()
uniq = np.unique(pids)
pos_by_pid = pd.Series(np.arange(len(test))).groupby(pids).apply(list)
aps = []
for _ in range(1000):
    pick = rng.choice(uniq, len(uniq), replace=True)
    idx = np.concatenate([pos_by_pid[p] for p in pick])
    if yt[idx].sum() == 0:
        continue
    aps.append(average_precision_score(yt[idx], pt[idx]))
print("test AP, patient-bootstrap 95%% CI: [%.3f, %.3f]" % tuple(np.percentile(aps, [2.5, 97.5])))
