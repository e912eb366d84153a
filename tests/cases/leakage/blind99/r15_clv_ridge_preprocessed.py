"""CLV 12m - linear model.

Steps
1. load + basic cleaning
2. preprocessing (impute / scale / one-hot)
3. chronological split (last 20% of signups held out)
4. Ridge on log1p(clv)
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score

NUM = ["first_order_value", "orders_first_30d", "spend_first_30d", "sessions_first_30d",
       "discount_first_order", "newsletter_opt_in"]
CAT = ["acquisition_channel", "country", "device", "age_band"]
TARGET = "clv_12m"

# 1. load
df = pd.read_csv("train.csv", parse_dates=["signup_date"])
df = df.drop_duplicates("customer_id")
df = df.sort_values("signup_date").reset_index(drop=True)
print(df.shape)
print(df[NUM].isna().sum())

# 2. preprocessing
num_pipe = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
cat_pipe = Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                     ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False))])
prep = ColumnTransformer([("num", num_pipe, NUM), ("cat", cat_pipe, CAT)])
X = prep.fit_transform(df[NUM + CAT])
y = np.log1p(df[TARGET].to_numpy())
print("design matrix:", X.shape)

# 3. chronological split
n_train = int(0.8 * len(df))
X_train, X_test = X[:n_train], X[n_train:]
y_train, y_test = y[:n_train], y[n_train:]
print("train signups until", df.loc[n_train - 1, "signup_date"].date())

# 4. model
model = Ridge(alpha=10.0).fit(X_train, y_train)

pred = np.expm1(model.predict(X_test))
truth = np.expm1(y_test)
print(f"MAE  {mean_absolute_error(truth, pred):.2f}")
print(f"R2   {r2_score(truth, pred):.3f}")
print(f"R2 (log scale) {r2_score(y_test, model.predict(X_test)):.3f}")

names = prep.get_feature_names_out()
coefs = pd.Series(model.coef_, index=names).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# submission
test = pd.read_csv("test.csv", parse_dates=["signup_date"])
model.fit(X, y)
test_pred = np.expm1(model.predict(prep.transform(test[NUM + CAT])))
pd.DataFrame({"customer_id": test["customer_id"], "prediction": test_pred}).to_csv("predictions.csv", index=False)
