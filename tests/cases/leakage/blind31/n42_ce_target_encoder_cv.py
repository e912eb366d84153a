"""Amazon employee access: very high-cardinality categoricals -> target encoding.

category_encoders.TargetEncoder is a pipeline step, so cross_validate refits it on the
training folds only; the final hold-out is scored once.
"""
import category_encoders as ce
import pandas as pd
from sklearn.datasets import fetch_openml
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.pipeline import Pipeline

data = fetch_openml("Amazon_employee_access", version=1, as_frame=True)
X = data.data.astype(str)
y = (data.target.astype(str) == "1").astype(int)
cols = list(X.columns)
print(X.nunique().sort_values(ascending=False))
print("positive rate:", round(y.mean(), 4))

# a couple of stateless interaction columns (string concatenation)
X["ROLE_DEPT_X_FAMILY"] = X["ROLE_DEPTNAME"] + "_" + X["ROLE_FAMILY"]
X["MGR_X_ROLE_CODE"] = X["MGR_ID"] + "_" + X["ROLE_CODE"]
cols = list(X.columns)

X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)


def make_pipe(smoothing):
    return Pipeline([
        ("te", ce.TargetEncoder(cols=cols, smoothing=smoothing, min_samples_leaf=20)),
        ("hgb", HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)),
    ])


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
rows = []
for smoothing in (1.0, 10.0, 50.0):
    res = cross_validate(make_pipe(smoothing), X_dev, y_dev, cv=cv, scoring=["roc_auc", "average_precision"])
    rows.append({"smoothing": smoothing, "auc": res["test_roc_auc"].mean(), "ap": res["test_average_precision"].mean()})
table = pd.DataFrame(rows)
print(table.round(4))
best_s = table.loc[table["auc"].idxmax(), "smoothing"]

final = make_pipe(best_s).fit(X_dev, y_dev)
p = final.predict_proba(X_hold)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev).predict_proba(X_hold)[:, 1]
print(f"hold-out AUC {roc_auc_score(y_hold, p):.4f} (dummy {roc_auc_score(y_hold, p_dummy):.4f}), "
      f"AP {average_precision_score(y_hold, p):.4f}")

# how much do the learned encodings shrink rare categories?
te = final.named_steps["te"]
enc_res = te.transform(X_hold.head(2000))
print(enc_res.describe().T[["mean", "std", "min", "max"]].round(3))

resource_counts = X_dev["RESOURCE"].value_counts()
rare = X_hold["RESOURCE"].map(resource_counts).fillna(0) < 5
print(f"hold-out rows with rare RESOURCE: {rare.mean():.1%}; "
      f"AUC on them {roc_auc_score(y_hold[rare], p[rare.to_numpy()]):.4f}")
