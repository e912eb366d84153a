# Energy bill regression - Ridge / kernel ridge comparison with 5-fold CV
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.impute import KNNImputer
from sklearn.kernel_ridge import KernelRidge
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.preprocessing import StandardScaler

raw = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(raw.isna().sum()[raw.isna().sum() > 0])

TARGET = "bill_amount"
y = raw[TARGET].to_numpy()

design = pd.get_dummies(
    raw.drop(columns=["account_id", TARGET]),
    columns=["region", "dwelling_type", "heating_type", "tariff"], drop_first=True, dtype=float,
)
design_test = pd.get_dummies(
    test.drop(columns=["account_id"]),
    columns=["region", "dwelling_type", "heating_type", "tariff"], drop_first=True, dtype=float,
).reindex(columns=design.columns, fill_value=0.0)

# kwh_prev_year and build_year have gaps -> KNN imputation, then standardise everything
imputer = KNNImputer(n_neighbors=7)
scaler = StandardScaler()
Z = scaler.fit_transform(imputer.fit_transform(design))
Z_test = scaler.transform(imputer.transform(design_test))

cv = KFold(n_splits=5, shuffle=True, random_state=1)
models = {
    "dummy mean": DummyRegressor(strategy="mean"),
    "ridge a=1": Ridge(alpha=1.0),
    "ridge a=10": Ridge(alpha=10.0),
    "kernel ridge rbf": KernelRidge(alpha=0.5, kernel="rbf", gamma=0.02),
}
summary = []
for name, m in models.items():
    mae = -cross_val_score(m, Z, y, cv=cv, scoring="neg_mean_absolute_error")
    rmse = -cross_val_score(m, Z, y, cv=cv, scoring="neg_root_mean_squared_error")
    summary.append((name, mae.mean(), mae.std(), rmse.mean()))
summary = pd.DataFrame(summary, columns=["model", "mae", "mae_sd", "rmse"]).set_index("model")
print(summary.round(2))

best = summary.drop(index="dummy mean")["mae"].idxmin()
print("using", best)
final = models[best].fit(Z, y)
pd.DataFrame({"account_id": test["account_id"], "prediction": final.predict(Z_test)}).to_csv(
    "predictions.csv", index=False)
