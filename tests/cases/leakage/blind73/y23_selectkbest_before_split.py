"""Sale price regression with univariate feature selection."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import LinearRegression
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score, mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

data = pd.read_csv("train.csv")
data = data.drop(columns=["parcel_id", "price_per_sqft", "transfer_tax_paid"])
data["log_sqft"] = np.log(data.sqft_living)
data["age"] = 2024 - data.year_built
data["log_ask"] = np.log(data.asking_price)
data["beds_x_baths"] = data.bedrooms * data.bathrooms
data["sqft_per_bed"] = data.sqft_living / data.bedrooms.clip(lower=1)
data = pd.get_dummies(data, columns=["zip_code", "neighbourhood"], drop_first=True, dtype=float)
data = data.dropna()

y = np.log(data.pop("sale_price"))
X = data

selector = SelectKBest(score_func=f_regression, k=25)
X_new = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept features:", list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_new, y, test_size=0.2, random_state=99)

for model in (LinearRegression(), GradientBoostingRegressor(n_estimators=400, max_depth=3, random_state=99)):
    model.fit(X_train, y_train)
    pred = np.exp(model.predict(X_test))
    true = np.exp(y_test)
    print(type(model).__name__)
    print("   MAE  %.0f" % mean_absolute_error(true, pred))
    print("   MAPE %.4f" % mean_absolute_percentage_error(true, pred))
    print("   R2   %.4f" % r2_score(true, pred))

scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print("\ntop F-scores:")
print(scores.head(10).round(1).to_string())

lin = LinearRegression().fit(X_train, y_train)
coefs = pd.Series(lin.coef_, index=kept).sort_values()
print("\nlog-price coefficients:")
print(coefs.round(4).to_string())
