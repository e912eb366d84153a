"""pIC50 regression with forward-chaining cross-validation.

Rows are ordered by assay date and evaluated with TimeSeriesSplit so each fold only trains on
earlier assays. Scaling happens inside the pipeline.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_validate

DESCS = [n for n, _ in Descriptors.descList if not n.startswith("fr_")]
CALC = dict(Descriptors.descList)


def descriptor_frame(smiles):
    rows = []
    for s in smiles:
        m = Chem.MolFromSmiles(s)
        rows.append({n: CALC[n](m) for n in DESCS} if m is not None else {})
    return pd.DataFrame(rows, columns=DESCS).replace([np.inf, -np.inf], np.nan)


df = pd.read_csv("train.csv", parse_dates=["assay_date"]).sort_values("assay_date").reset_index(drop=True)
X = descriptor_frame(df["smiles"])
X["logd"] = df["logd"]
y = df["pic50"].to_numpy()

tscv = TimeSeriesSplit(n_splits=5)
ridge = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), Ridge(alpha=10.0))
dummy = DummyRegressor(strategy="mean")
scoring = {"rmse": "neg_root_mean_squared_error", "r2": "r2"}

r = cross_validate(ridge, X, y, cv=tscv, scoring=scoring)
d = cross_validate(dummy, X, y, cv=tscv, scoring=scoring)
for i, (tr, va) in enumerate(tscv.split(X)):
    print(f"fold {i}: train up to {df['assay_date'][tr[-1]].date()}, "
          f"test {df['assay_date'][va[0]].date()}..{df['assay_date'][va[-1]].date()}  "
          f"RMSE ridge {-r['test_rmse'][i]:.3f} dummy {-d['test_rmse'][i]:.3f}")
print(f"mean RMSE ridge {-r['test_rmse'].mean():.3f}  dummy {-d['test_rmse'].mean():.3f}  "
      f"R2 ridge {r['test_r2'].mean():.3f}")

ridge.fit(X, y)
test = pd.read_csv("test.csv")
Xt = descriptor_frame(test["smiles"])
Xt["logd"] = test["logd"]
pd.DataFrame({"compound_id": test["compound_id"], "prediction": ridge.predict(Xt)}).to_csv("predictions.csv", index=False)
