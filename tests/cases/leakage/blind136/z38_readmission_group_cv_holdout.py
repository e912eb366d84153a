"""30-day readmission - model comparison with patient-level splits.

Patients have several encounters; a model that has seen a patient's other
stays would look better than it will on new patients, so every split here is
made on patient_id: a GroupShuffleSplit holdout (scored once) and
StratifiedGroupKFold CV on the development part for the model comparison.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit, StratifiedGroupKFold, cross_validate
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

enc = pd.read_csv("data/encounters.csv")
print(enc.shape, enc["patient_id"].nunique(), "patients")
print("readmission rate:", enc["readmitted_30d"].mean().round(3))

CATS = ["sex", "admission_type", "primary_diagnosis", "hba1c_result", "discharge_to"]
NUMS = ["age", "length_of_stay", "num_procedures", "num_medications", "num_prior_admissions"]
X = enc[CATS + NUMS]
y = enc["readmitted_30d"]
groups = enc["patient_id"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
dev_idx, hold_idx = next(gss.split(X, y, groups))
X_dev, y_dev, g_dev = X.iloc[dev_idx], y.iloc[dev_idx], groups.iloc[dev_idx]
X_hold, y_hold = X.iloc[hold_idx], y.iloc[hold_idx]
assert not set(g_dev) & set(groups.iloc[hold_idx])

prep = ColumnTransformer([
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"), OneHotEncoder(handle_unknown="ignore")), CATS),
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMS),
])
models = {
    "baseline (prior)": Pipeline([("prep", prep), ("clf", DummyClassifier(strategy="prior"))]),
    "logistic": Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=3000, C=0.2))]),
    "hgb": Pipeline([("prep", prep), ("clf", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0))]),
}

sgkf = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
rows = []
for name, m in models.items():
    r = cross_validate(m, X_dev, y_dev, groups=g_dev, cv=sgkf,
                       scoring=["roc_auc", "average_precision", "neg_brier_score"])
    rows.append({"model": name,
                 "auc": r["test_roc_auc"].mean(), "auc_sd": r["test_roc_auc"].std(),
                 "ap": r["test_average_precision"].mean(),
                 "brier": -r["test_neg_brier_score"].mean()})
cv_table = pd.DataFrame(rows).set_index("model")
print(cv_table.round(4))

chosen = cv_table.drop(index="baseline (prior)")["auc"].idxmax()
print("chosen by grouped CV:", chosen)

fitted = models[chosen].fit(X_dev, y_dev)
base = models["baseline (prior)"].fit(X_dev, y_dev)
p = fitted.predict_proba(X_hold)[:, 1]
pb = base.predict_proba(X_hold)[:, 1]
print(f"HOLDOUT {chosen}: AUC={roc_auc_score(y_hold, p):.3f} AP={average_precision_score(y_hold, p):.3f} "
      f"Brier={brier_score_loss(y_hold, p):.4f}")
print(f"HOLDOUT baseline: AP={average_precision_score(y_hold, pb):.3f} Brier={brier_score_loss(y_hold, pb):.4f}")

hold = enc.iloc[hold_idx].assign(p=p)
print(hold.groupby("admission_type").apply(lambda g: pd.Series({
    "n": len(g), "rate": g["readmitted_30d"].mean(),
    "auc": roc_auc_score(g["readmitted_30d"], g["p"]) if g["readmitted_30d"].nunique() == 2 else np.nan})).round(3))
