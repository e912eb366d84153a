"""Readmission risk -- take-home.

Layout (mirrors the notebook I worked in):
  [1] load + look
  [2] column lists
  [3] attempt A: numeric columns only, logistic regression, grouped CV
  [4] attempt B: numeric + one-hot categoricals, HGB, grouped CV
  [5] final: HGB on the patient-level train part, scored once on the held-out patients
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# [1] -------------------------------------------------------------------------
df = pd.read_csv("train.csv")
sub_df = pd.read_csv("test.csv")
print(df.shape, sub_df.shape)
print(df.head().T)
print("positives:", df["readmitted_30d"].mean().round(4))
print(df[["num_prior_inpatient", "num_medications", "discharge_followup_calls"]].describe().round(2))

# [2] -------------------------------------------------------------------------
id_like = ["encounter_id", "patient_id"]
num_cols = [c for c in df.select_dtypes(include="number").columns if c not in id_like + ["readmitted_30d"]]
cat_cols = [c for c in df.select_dtypes(include="object").columns if df[c].nunique() <= 30]
print("numeric:", num_cols)
print("categorical:", cat_cols)

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
dev_idx, hold_idx = next(outer.split(df, groups=df["patient_id"]))
dev, hold = df.iloc[dev_idx], df.iloc[hold_idx]
cv = GroupKFold(n_splits=5)

# [3] -------------------------------------------------------------------------
pipe_a = Pipeline([
    ("imp", SimpleImputer(strategy="median")),
    ("sc", StandardScaler()),
    ("lr", LogisticRegression(max_iter=3000)),
])
auc_a = cross_val_score(pipe_a, dev[num_cols], dev["readmitted_30d"], groups=dev["patient_id"],
                        cv=cv, scoring="roc_auc")
auc_dummy = cross_val_score(DummyClassifier(strategy="prior"), dev[num_cols], dev["readmitted_30d"],
                            groups=dev["patient_id"], cv=cv, scoring="roc_auc")
print("A  logreg numeric   cv auc %.4f +- %.4f" % (auc_a.mean(), auc_a.std()))
print("   dummy baseline   cv auc %.4f" % auc_dummy.mean())

# [4] -------------------------------------------------------------------------
def build_b(lr=0.05, leaves=31):
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), num_cols),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="NA")),
                          ("oh", OneHotEncoder(handle_unknown="ignore", sparse_output=False))]), cat_cols),
    ])
    return Pipeline([("pre", pre), ("hgb", HistGradientBoostingClassifier(
        max_iter=300, learning_rate=lr, max_leaf_nodes=leaves, random_state=0))])

grid = []
for lr in (0.03, 0.06):
    for leaves in (15, 31):
        s = cross_val_score(build_b(lr, leaves), dev[num_cols + cat_cols], dev["readmitted_30d"],
                            groups=dev["patient_id"], cv=cv, scoring="roc_auc")
        grid.append({"lr": lr, "leaves": leaves, "cv_auc": s.mean(), "cv_sd": s.std()})
grid = pd.DataFrame(grid).sort_values("cv_auc", ascending=False)
print(grid.round(4).to_string(index=False))
best = grid.iloc[0]

# [5] -------------------------------------------------------------------------
final = build_b(best["lr"], int(best["leaves"]))
final.fit(dev[num_cols + cat_cols], dev["readmitted_30d"])
p_hold = final.predict_proba(hold[num_cols + cat_cols])[:, 1]
base = DummyClassifier(strategy="prior").fit(dev[num_cols], dev["readmitted_30d"])
p_base = base.predict_proba(hold[num_cols])[:, 1]

report = pd.DataFrame({
    "roc_auc": [roc_auc_score(hold["readmitted_30d"], p_base), roc_auc_score(hold["readmitted_30d"], p_hold)],
    "avg_precision": [average_precision_score(hold["readmitted_30d"], p_base),
                      average_precision_score(hold["readmitted_30d"], p_hold)],
}, index=["prior baseline", f"hgb lr={best['lr']} leaves={int(best['leaves'])}"])
print(report.round(4))

final.fit(df[num_cols + cat_cols], df["readmitted_30d"])
sub_df = sub_df.reindex(columns=sorted(set(sub_df.columns) | set(num_cols + cat_cols)))
pd.DataFrame({"encounter_id": sub_df["encounter_id"],
              "prediction": final.predict_proba(sub_df[num_cols + cat_cols])[:, 1]}).to_csv("predictions.csv", index=False)
