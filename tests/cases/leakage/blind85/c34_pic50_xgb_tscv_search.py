"""pIC50 model: XGBoost tuned with a time-ordered search, evaluated on the latest assays.

1. sort by assay_date, hold out the last 20% of assays as a final test set
2. tune hyperparameters with TimeSeriesSplit on the earlier 80%
3. score once on the held-out recent assays, next to a mean-prediction baseline
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import rdFingerprintGenerator, Descriptors
from sklearn.model_selection import TimeSeriesSplit, RandomizedSearchCV
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score
from scipy.stats import spearmanr, uniform, randint
from xgboost import XGBRegressor

FP = rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=1024)


def featurize(smiles):
    rows = []
    for s in smiles:
        m = Chem.MolFromSmiles(s)
        rows.append(np.concatenate([FP.GetCountFingerprintAsNumPy(m),
                                    [Descriptors.MolLogP(m), Descriptors.TPSA(m), Descriptors.NumHDonors(m)]]))
    return np.vstack(rows).astype(np.float32)


df = pd.read_csv("train.csv", parse_dates=["assay_date"]).sort_values("assay_date").reset_index(drop=True)
n_test = int(0.2 * len(df))
dev, holdout = df.iloc[:-n_test], df.iloc[-n_test:]
print(f"dev until {dev['assay_date'].max().date()}, holdout from {holdout['assay_date'].min().date()}")

X_dev, y_dev = featurize(dev["smiles"]), dev["pic50"].to_numpy()
X_hold, y_hold = featurize(holdout["smiles"]), holdout["pic50"].to_numpy()

search = RandomizedSearchCV(
    XGBRegressor(tree_method="hist", random_state=0),
    param_distributions={
        "n_estimators": randint(200, 1200),
        "max_depth": randint(3, 9),
        "learning_rate": uniform(0.01, 0.1),
        "subsample": uniform(0.6, 0.4),
        "colsample_bytree": uniform(0.2, 0.6),
        "min_child_weight": randint(1, 8),
    },
    n_iter=30,
    cv=TimeSeriesSplit(n_splits=4),
    scoring="neg_root_mean_squared_error",
    random_state=0,
    n_jobs=-1,
)
search.fit(X_dev, y_dev)
print("best params:", search.best_params_)
print(f"time-CV RMSE: {-search.best_score_:.3f}")

pred = search.best_estimator_.predict(X_hold)
base = DummyRegressor().fit(X_dev, y_dev).predict(X_hold)
print(f"holdout RMSE baseline {mean_squared_error(y_hold, base) ** 0.5:.3f}")
print(f"holdout RMSE XGB      {mean_squared_error(y_hold, pred) ** 0.5:.3f}  R2 {r2_score(y_hold, pred):.3f}  "
      f"rho {spearmanr(y_hold, pred).correlation:.3f}")

final = XGBRegressor(tree_method="hist", random_state=0, **search.best_params_)
final.fit(np.vstack([X_dev, X_hold]), np.concatenate([y_dev, y_hold]))
test = pd.read_csv("test.csv")
pd.DataFrame({"compound_id": test["compound_id"], "prediction": final.predict(featurize(test["smiles"]))}).to_csv(
    "predictions.csv", index=False)
