"""Readmission with lab values.

Labs (hba1c, creatinine, albumin, sodium) are missing for 20-40% of stays.
Missingness is informative, so: add a missing flag, median-fill, and put the
labs on a z-scale so the logistic coefficients are comparable. Then an
out-of-time / new-patient evaluation against a prior-rate baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

LABS = ["hba1c_value", "creatinine", "albumin", "sodium"]
Y = "readmitted_30d"

df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
df = df.sort_values(["patient_id", "discharge_date"]).reset_index(drop=True)
df["prior_stays"] = df.groupby("patient_id").cumcount()
df["days_since_prev"] = (df["admit_date"] - df.groupby("patient_id")["discharge_date"].shift()).dt.days
df["days_since_prev"] = df["days_since_prev"].fillna(3650)  # first stay: "long ago"

for lab in LABS:
    df[lab + "_missing"] = df[lab].isna().astype(int)
lab_medians = df[LABS].median()
df[LABS] = df[LABS].fillna(lab_medians)
df[LABS] = (df[LABS] - df[LABS].mean()) / df[LABS].std()

df = pd.get_dummies(df, columns=["admission_type", "discharge_disposition", "primary_dx_group", "insurance"],
                    dtype=float)
df["female"] = (df["sex"] == "F").astype(int)

feature_cols = (["age", "female", "los_days", "n_diagnoses", "n_procedures", "n_medications",
                 "prior_ed_visits_12m", "prior_stays", "days_since_prev"]
                + LABS + [l + "_missing" for l in LABS]
                + [c for c in df.columns if c.startswith(("admission_type_", "discharge_disposition_",
                                                          "primary_dx_group_", "insurance_"))])

split_date = df["discharge_date"].quantile(0.8)
train = df[df["discharge_date"] < split_date - pd.Timedelta(days=30)]
test = df[df["discharge_date"] >= split_date]
test = test[~test["patient_id"].isin(train["patient_id"])]
print(f"train {len(train)} | test {len(test)} (new patients only) | split {split_date.date()}")

X_tr, y_tr = train[feature_cols], train[Y]
X_te, y_te = test[feature_cols], test[Y]

models = {
    "prior": DummyClassifier(strategy="prior"),
    "logit": LogisticRegression(C=0.5, max_iter=5000),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
}
results = {}
preds = {}
for name, m in models.items():
    m.fit(X_tr, y_tr)
    preds[name] = m.predict_proba(X_te)[:, 1]
    results[name] = {
        "auc": roc_auc_score(y_te, preds[name]),
        "ap": average_precision_score(y_te, preds[name]),
        "brier": brier_score_loss(y_te, preds[name]),
    }
print(pd.DataFrame(results).T.round(4))

# the two models are both reported; no selection happens on the test window
coef = pd.Series(models["logit"].coef_.ravel(), index=feature_cols)
print("lab coefficients (per SD):")
print(coef[LABS + [l + "_missing" for l in LABS]].round(3))

rng = np.random.default_rng(11)
yv = y_te.to_numpy()
groups = test.reset_index(drop=True).groupby("patient_id").indices
keys = list(groups)
for name in ("logit", "hgb"):
    vals = []
    for _ in range(500):
        ix = np.concatenate([groups[k] for k in rng.choice(keys, len(keys))])
        if yv[ix].any():
            vals.append(average_precision_score(yv[ix], preds[name][ix]))
    print(f"{name}: AP 95% CI {np.percentile(vals, 2.5):.3f} – {np.percentile(vals, 97.5):.3f}")
