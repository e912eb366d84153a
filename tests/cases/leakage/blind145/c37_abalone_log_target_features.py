# Playground Series S4E4 - Regression with an Abalone Dataset
# Metric is RMSLE, so the models are trained on log1p(Rings) and scored with RMSE on that scale.
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold

train = pd.read_csv("/kaggle/input/playground-series-s4e4/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s4e4/test.csv")
orig = pd.read_csv("/kaggle/input/abalone-dataset/abalone.csv")  # original UCI data as extra rows
orig = orig.rename(columns={"Shucked weight": "Whole weight.1", "Viscera weight": "Whole weight.2"})
orig["id"] = -1
print(train.shape, test.shape, orig.shape)

train["is_train"] = 1
orig["is_train"] = 1
test["is_train"] = 0
df = pd.concat([train, orig, test], ignore_index=True)
df.columns = [c.replace(" ", "_").replace(".", "_") for c in df.columns]

# target on log scale for RMSLE
df["log_rings"] = np.log1p(df["Rings"])

# physical ratios
df["volume"] = df["Length"] * df["Diameter"] * df["Height"]
df["density"] = df["Whole_weight"] / (df["volume"] + 1e-6)
df["shell_ratio"] = df["Shell_weight"] / (df["Whole_weight"] + 1e-6)
df["meat_ratio"] = df["Whole_weight_1"] / (df["Whole_weight"] + 1e-6)
df["viscera_ratio"] = df["Whole_weight_2"] / (df["Whole_weight"] + 1e-6)
df["len_to_diam"] = df["Length"] / (df["Diameter"] + 1e-6)
df = pd.get_dummies(df, columns=["Sex"], dtype=int)

drop_cols = ["id", "Rings", "is_train"]
features = [c for c in df.columns if c not in drop_cols]
print("features:", features)

tr = df[df["is_train"] == 1].reset_index(drop=True)
te = df[df["is_train"] == 0].reset_index(drop=True)
X, y = tr[features], tr["log_rings"].values
X_test = te[features]

kf = KFold(n_splits=10, shuffle=True, random_state=0)
oof_lgb, oof_cb = np.zeros(len(X)), np.zeros(len(X))
pred_lgb, pred_cb = np.zeros(len(X_test)), np.zeros(len(X_test))
for fold, (i_tr, i_va) in enumerate(kf.split(X)):
    lgbm = LGBMRegressor(n_estimators=1000, learning_rate=0.03, num_leaves=31,
                         colsample_bytree=0.6, subsample=0.8, subsample_freq=1, verbose=-1)
    lgbm.fit(X.iloc[i_tr], y[i_tr])
    oof_lgb[i_va] = lgbm.predict(X.iloc[i_va])
    pred_lgb += lgbm.predict(X_test) / kf.n_splits

    cb = CatBoostRegressor(iterations=1500, learning_rate=0.05, depth=6, verbose=0, random_seed=fold)
    cb.fit(X.iloc[i_tr], y[i_tr])
    oof_cb[i_va] = cb.predict(X.iloc[i_va])
    pred_cb += cb.predict(X_test) / kf.n_splits
    print(f"fold {fold}: lgb {np.sqrt(mean_squared_error(y[i_va], oof_lgb[i_va])):.5f} "
          f"cb {np.sqrt(mean_squared_error(y[i_va], oof_cb[i_va])):.5f}")

blend = 0.5 * oof_lgb + 0.5 * oof_cb
print(f"RMSLE lgb {np.sqrt(mean_squared_error(y, oof_lgb)):.5f}")
print(f"RMSLE cb  {np.sqrt(mean_squared_error(y, oof_cb)):.5f}")
print(f"RMSLE 50/50 blend {np.sqrt(mean_squared_error(y, blend)):.5f}")

rings = np.expm1(0.5 * pred_lgb + 0.5 * pred_cb)
pd.DataFrame({"id": te["id"].astype(int), "Rings": rings}).to_csv("submission.csv", index=False)
