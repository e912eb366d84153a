# predict if SPY goes up or down tomorrow
# random forest on lagged returns + volume features
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, precision_score, classification_report

spy = pd.read_csv("data/SPY.csv", parse_dates=["Date"], index_col="Date")
spy = spy.sort_index()
spy = spy[["Open", "High", "Low", "Close", "Volume"]]
print(spy.tail())

spy["ret"] = spy["Close"].pct_change()

# lagged returns (yesterday, 2 days ago, ...)
for lag in range(1, 6):
    spy[f"ret_lag{lag}"] = spy["ret"].shift(lag)

spy["vol_chg"] = spy["Volume"].pct_change().shift(1)
spy["range_pct"] = ((spy["High"] - spy["Low"]) / spy["Close"]).shift(1)
spy["vola_10"] = spy["ret"].shift(1).rolling(10).std()
spy["mom_20"] = spy["Close"].shift(1) / spy["Close"].shift(21) - 1

# target: 1 if tomorrow close > today close
spy["Tomorrow"] = spy["Close"].shift(-1)
spy["Target"] = (spy["Tomorrow"] > spy["Close"]).astype(int)
spy = spy.dropna()

predictors = [f"ret_lag{l}" for l in range(1, 6)] + ["vol_chg", "range_pct", "vola_10", "mom_20"]
X = spy[predictors]
y = spy["Target"]
print(y.value_counts(normalize=True))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

model = RandomForestClassifier(n_estimators=300, min_samples_split=50, random_state=1, n_jobs=-1)
model.fit(X_train, y_train)
preds = model.predict(X_test)

print("accuracy :", accuracy_score(y_test, preds))
print("precision:", precision_score(y_test, preds))
print(classification_report(y_test, preds))

# compare to just saying "up" every day
always_up = np.ones(len(y_test), dtype=int)
print("baseline (always up) accuracy:", accuracy_score(y_test, always_up))
print("baseline (always up) precision:", precision_score(y_test, always_up))

imp = pd.Series(model.feature_importances_, index=predictors).sort_values(ascending=False)
print(imp)
