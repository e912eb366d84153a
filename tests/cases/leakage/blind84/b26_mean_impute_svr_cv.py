"""Support vector regression for ln(IC50).

Some expression values are missing for a handful of cell lines (failed probes); they are filled
with the gene mean before modelling.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR

META = ["cosmic_id", "cell_line_name", "tissue", "msi_status", "auc_dose_response", "ln_ic50"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
genes = [c for c in df.columns if c not in META]

missing = df[genes].isna().sum()
print("genes with missing values:", int((missing > 0).sum()), "max missing:", int(missing.max()))

gene_means = df[genes].mean()
X = df[genes].fillna(gene_means)
y = df["ln_ic50"]

svr = make_pipeline(StandardScaler(), SVR(kernel="rbf", C=3.0, epsilon=0.1, gamma="scale"))
cv = KFold(n_splits=5, shuffle=True, random_state=8)
scoring = {"r2": "r2", "rmse": "neg_root_mean_squared_error", "mae": "neg_mean_absolute_error"}

res = cross_validate(svr, X, y, cv=cv, scoring=scoring, n_jobs=-1)
base = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring=scoring)

print("model      R2 %.3f  RMSE %.3f  MAE %.3f" % (
    res["test_r2"].mean(), -res["test_rmse"].mean(), -res["test_mae"].mean()))
print("baseline   R2 %.3f  RMSE %.3f  MAE %.3f" % (
    base["test_r2"].mean(), -base["test_rmse"].mean(), -base["test_mae"].mean()))

svr.fit(X, y)
X_test = test[genes].fillna(gene_means)
pd.DataFrame({"cosmic_id": test["cosmic_id"], "prediction": svr.predict(X_test)}).to_csv(
    "predictions.csv", index=False)
