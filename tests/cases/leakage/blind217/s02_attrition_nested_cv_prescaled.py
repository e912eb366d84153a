"""Attrition: nested cross-validation for a penalised logistic regression.

Preprocessing is done once up front so the inner grid search runs faster
(the scaler / imputer have no hyper-parameters to tune anyway).
"""
import numpy as np
import pandas as pd

from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_validate
from sklearn.preprocessing import StandardScaler

SEED = 17
TARGET = "attrited"

df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")
print(df.shape, "positives:", df[TARGET].sum())

drop = ["employee_id", TARGET, "exit_interview_scheduled", "offboarding_ticket_count"]
features = df.drop(columns=drop)

cat_cols = features.select_dtypes("object").columns.tolist()
num_cols = features.select_dtypes("number").columns.tolist()

# income is very skewed; bucket it into quintiles
features["income_band"] = pd.qcut(features["monthly_income"], q=5, labels=False, duplicates="drop")

imp = SimpleImputer(strategy="median")
num_imputed = imp.fit_transform(features[num_cols])
scaler = StandardScaler()
num_scaled = scaler.fit_transform(num_imputed)

num_df = pd.DataFrame(num_scaled, columns=num_cols, index=features.index)
cat_df = pd.get_dummies(features[cat_cols].fillna("missing"), drop_first=True, dtype=float)
band_df = pd.get_dummies(features["income_band"], prefix="income_band", dtype=float)

X = pd.concat([num_df, cat_df, band_df], axis=1)
y = df[TARGET].values
print("design matrix:", X.shape)

inner = StratifiedKFold(4, shuffle=True, random_state=SEED)
outer = StratifiedKFold(5, shuffle=True, random_state=SEED + 1)

grid = GridSearchCV(
    LogisticRegression(max_iter=5000, solver="saga", class_weight="balanced"),
    param_grid={"C": np.logspace(-3, 1, 9), "penalty": ["l1", "l2"]},
    scoring="roc_auc",
    cv=inner,
    n_jobs=-1,
)

metrics = ["roc_auc", "average_precision", "neg_brier_score"]
res = cross_validate(grid, X, y, cv=outer, scoring=metrics, return_estimator=True)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=outer, scoring=metrics)

rows = []
for m in metrics:
    a, b = res["test_" + m], res_dummy["test_" + m]
    if m.startswith("neg_"):
        a, b = -a, -b
    rows.append({"metric": m.replace("neg_", ""), "logreg": f"{a.mean():.3f} ± {a.std():.3f}",
                 "dummy": f"{b.mean():.3f} ± {b.std():.3f}"})
print(pd.DataFrame(rows).to_string(index=False))

for k, est in enumerate(res["estimator"]):
    print("fold", k, est.best_params_, round(est.best_score_, 3))

# paired comparison over outer folds
diff = res["test_roc_auc"] - res_dummy["test_roc_auc"]
print("AUC lift over dummy: %.3f (min fold %.3f)" % (diff.mean(), diff.min()))

# final fit for the submission file
grid.fit(X, y)
best = grid.best_estimator_
print("final:", grid.best_params_)

t = df_test.copy()
t["income_band"] = pd.qcut(t["monthly_income"], q=5, labels=False, duplicates="drop")
t_num = scaler.transform(imp.transform(t[num_cols]))
t_X = pd.concat([
    pd.DataFrame(t_num, columns=num_cols, index=t.index),
    pd.get_dummies(t[cat_cols].fillna("missing"), drop_first=True, dtype=float),
    pd.get_dummies(t["income_band"], prefix="income_band", dtype=float),
], axis=1).reindex(columns=X.columns, fill_value=0.0)

pd.DataFrame({"employee_id": t["employee_id"],
              "prediction": best.predict_proba(t_X)[:, 1]}).to_csv("predictions.csv", index=False)
