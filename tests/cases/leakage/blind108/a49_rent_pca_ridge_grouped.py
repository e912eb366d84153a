"""
Rent model: standardised numeric + one-hot features -> PCA (95% variance) -> ridge regression.
Evaluation: 5-fold GroupKFold on building_id, MAE and RMSE.
"""
import json

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def design(df):
    X = df.drop(columns=[c for c in [TARGET, ID, GROUP, *LEAKY] if c in df.columns])
    X["log_area"] = np.log(X["floor_area_sqm"])
    X["age"] = 2024 - X["year_built"]
    X["rooms_x_area"] = X["rooms"] * X["floor_area_sqm"]
    return pd.get_dummies(X, columns=["neighborhood", "energy_label"], dtype=float).fillna(0)


X_df = design(train)
X_test_df = design(test).reindex(columns=X_df.columns, fill_value=0)
y = np.log(train[TARGET].to_numpy())
groups = train[GROUP].to_numpy()

scaler = StandardScaler().fit(X_df)
pca = PCA(n_components=0.95, random_state=0).fit(scaler.transform(X_df))
Z = pca.transform(scaler.transform(X_df))
Z_test = pca.transform(scaler.transform(X_test_df))
print(f"{X_df.shape[1]} columns -> {Z.shape[1]} components")

alphas = np.logspace(-3, 3, 25)
oof = np.zeros(len(y))
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(Z, y, groups)):
    ridge = RidgeCV(alphas=alphas).fit(Z[tr], y[tr])
    oof[va] = ridge.predict(Z[va])
    print(f"fold {k}  alpha={ridge.alpha_:.3g}  MAE={mean_absolute_error(np.exp(y[va]), np.exp(oof[va])):.1f}")

rent, rent_hat = np.exp(y), np.exp(oof)
print(f"OOF MAE  {mean_absolute_error(rent, rent_hat):.1f}")
print(f"OOF RMSE {mean_squared_error(rent, rent_hat) ** 0.5:.1f}")

final = RidgeCV(alphas=alphas).fit(Z, y)
pd.DataFrame({ID: test[ID], "prediction": np.exp(final.predict(Z_test))}).to_csv(
    "predictions.csv", index=False)
