"""FD004 (6 operating conditions, 2 fault modes): which sensor/setting
combinations carry RUL information, and how well does a compact model do?

Cross-validated by engine with GroupKFold.
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_regression
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline

warnings.filterwarnings("ignore")

K = 12
N_FOLDS = 5

cols = ["unit", "cycle", "os1", "os2", "os3"] + [f"s{i}" for i in range(1, 22)]
df = pd.read_csv("CMAPSSData/train_FD004.txt", sep=r"\s+", header=None, names=cols)
print(df.shape, "rows,", df.unit.nunique(), "engines")

df["RUL"] = df.groupby("unit")["cycle"].transform("max") - df["cycle"]
df["RUL"] = df["RUL"].clip(upper=130)

# simple interaction features between the operating settings and each sensor
sensors = [f"s{i}" for i in range(1, 22)]
for s in sensors:
    df[f"{s}_x_os1"] = df[s] * df["os1"]
    df[f"{s}_per_os3"] = df[s] / df["os3"].replace(0, np.nan)
df = df.fillna(0.0)

candidates = [c for c in df.columns if c not in ("unit", "cycle", "RUL")]
print(len(candidates), "candidate features")

X_all = df[candidates]
y = df["RUL"]
groups = df["unit"]

# rank candidates by mutual information with RUL (subsample for speed)
sample = df.sample(20000, random_state=0)
mi = mutual_info_regression(sample[candidates], sample["RUL"], random_state=0)
mi = pd.Series(mi, index=candidates).sort_values(ascending=False)
print(mi.head(20).round(3).to_string())

cv = GroupKFold(n_splits=N_FOLDS)
rf = make_pipeline(
    SelectKBest(score_func=mutual_info_regression, k=K),
    RandomForestRegressor(n_estimators=200, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=0),
)
dummy = DummyRegressor(strategy="mean")

scoring = {"rmse": "neg_root_mean_squared_error", "mae": "neg_mean_absolute_error", "r2": "r2"}
summary = {}
for name, est in [("dummy mean", dummy), ("random forest", rf)]:
    res = cross_validate(est, X_all, y, groups=groups, cv=cv, scoring=scoring, n_jobs=1)
    summary[name] = {
        "rmse": -res["test_rmse"].mean(),
        "rmse_sd": res["test_rmse"].std(),
        "mae": -res["test_mae"].mean(),
        "r2": res["test_r2"].mean(),
    }
    print(name, "fold RMSE:", np.round(-res["test_rmse"], 2))

print(pd.DataFrame(summary).T.round(3))

rf.fit(X_all, y)
chosen = np.array(candidates)[rf[0].get_support()]
print("selected:", list(chosen))
imp = pd.Series(rf[-1].feature_importances_, index=chosen).sort_values(ascending=False)
print(imp.round(3).to_string())
pd.DataFrame(summary).T.to_csv("fd004_cv_summary.csv")
