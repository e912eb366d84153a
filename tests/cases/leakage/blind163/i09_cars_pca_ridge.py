"""Used-car price model: scaled + PCA-compressed features into a ridge regression.

One-hot on make/model gives ~600 sparse columns; PCA keeps the dense signal.
"""
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

SEED = 11
cars = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(cars.shape)
print(cars[["year", "mileage_km", "engine_size", "sale_price"]].describe())

# obviously bad rows
cars = cars[(cars["sale_price"] > 300) & (cars["mileage_km"] < 1_000_000)]


def build(df):
    out = pd.DataFrame(index=df.index)
    out["age"] = 2024 - df["year"]
    out["log_km"] = np.log1p(df["mileage_km"])
    out["km_per_year"] = df["mileage_km"] / out["age"].clip(lower=1)
    out["engine_size"] = df["engine_size"].fillna(0)
    out["owner_count"] = df["owner_count"].fillna(1)
    out["condition_score"] = df["condition_score"].fillna(3)
    dummies = pd.get_dummies(df[["make", "model", "fuel_type", "transmission", "body_type", "region"]].astype(str))
    return pd.concat([out, dummies], axis=1).astype(float)


X = build(cars)
y = np.log(cars["sale_price"])

scaler = StandardScaler()
X_scaled = scaler.fit_transform(X)
pca = PCA(n_components=60, random_state=SEED)
X_pca = pca.fit_transform(X_scaled)
print("explained variance kept:", pca.explained_variance_ratio_.sum().round(3))

X_train, X_test, y_train, y_test = train_test_split(X_pca, y, test_size=0.2, random_state=SEED)

baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
ridge = RidgeCV(alphas=np.logspace(-3, 3, 25)).fit(X_train, y_train)
print("alpha:", ridge.alpha_)

for name, mdl in [("median baseline", baseline), ("ridge+pca", ridge)]:
    pred = np.exp(mdl.predict(X_test))
    truth = np.exp(y_test)
    print(f"{name:16s} MAE={mean_absolute_error(truth, pred):8.0f}  "
          f"RMSE={mean_squared_error(truth, pred) ** 0.5:8.0f}  R2(log)={r2_score(y_test, mdl.predict(X_test)):.3f}")

# submission
X_sub = build(test).reindex(columns=X.columns, fill_value=0.0)
sub_pred = np.exp(ridge.predict(pca.transform(scaler.transform(X_sub))))
pd.DataFrame({"listing_id": test["listing_id"], "prediction": sub_pred}).to_csv("predictions.csv", index=False)
