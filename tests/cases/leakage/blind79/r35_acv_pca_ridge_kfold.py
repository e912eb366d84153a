# ACV regression - ridge on PCA components
# The numeric firmographic / engagement fields are highly correlated (employees, seats, list price,
# stakeholders...), so I decorrelate them with PCA before a ridge regression.
import numpy as np
import pandas as pd
from sklearn.preprocessing import RobustScaler, OneHotEncoder
from sklearn.decomposition import PCA
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import cross_val_score, cross_val_predict
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["created_date"])
df_test = pd.read_csv("test.csv", parse_dates=["created_date"])
df = df.sort_values("created_date").reset_index(drop=True)

numeric = ["employee_count", "seats_requested", "n_stakeholders", "n_meetings_first_30d",
           "list_price_usd"]
flags = ["competitor_flag", "partner_sourced"]
cats = ["segment", "industry", "region", "product_tier", "lead_source"]

log_num = np.log1p(df[numeric].clip(lower=0))
scaler = RobustScaler()
Z = scaler.fit_transform(log_num)
pca = PCA(n_components=0.95, svd_solver="full")
pcs = pca.fit_transform(Z)
print("PCA components kept:", pca.n_components_, "explained:", pca.explained_variance_ratio_.round(3))

ohe = OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False)
C = ohe.fit_transform(df[cats])

X = np.hstack([pcs, df[flags].values, C])
y = np.log1p(df["acv_usd"].values)
print("design matrix:", X.shape)

ridge = RidgeCV(alphas=np.logspace(-3, 3, 25))
r2 = cross_val_score(ridge, X, y, cv=5, scoring="r2")
print("CV R2 (log ACV): %.3f +/- %.3f" % (r2.mean(), r2.std()))

oof = cross_val_predict(ridge, X, y, cv=5)
mae = mean_absolute_error(np.expm1(y), np.expm1(oof))
print(f"CV MAE in USD: {mae:,.0f}")

bands = pd.qcut(df["acv_usd"], 5, labels=["XS", "S", "M", "L", "XL"])
err = pd.DataFrame({"band": bands, "ape": np.abs(np.expm1(oof) - df["acv_usd"]) / df["acv_usd"]})
print(err.groupby("band", observed=True)["ape"].median().round(3))

ridge.fit(X, y)
print("chosen alpha:", ridge.alpha_)
Xt = np.hstack([
    pca.transform(scaler.transform(np.log1p(df_test[numeric].clip(lower=0)))),
    df_test[flags].values,
    ohe.transform(df_test[cats]),
])
pd.DataFrame({"opportunity_id": df_test["opportunity_id"], "prediction": np.expm1(ridge.predict(Xt))}) \
    .to_csv("predictions.csv", index=False)
