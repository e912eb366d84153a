"""
CTR model on a 1M-row sample of the Avazu train file.
One-hot the categorical fields, plain logistic regression, report logloss / AUC.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import log_loss, roc_auc_score

DATA = "data/avazu_train_sample.csv"
N_ROWS = 1_000_000

df = pd.read_csv(DATA, nrows=N_ROWS, dtype=str)
df["click"] = df["click"].astype(int)
print(df.shape)
print("overall CTR: %.4f" % df["click"].mean())

# 'hour' is YYMMDDHH -> hour of day + weekday as categoricals
ts = pd.to_datetime(df["hour"], format="%y%m%d%H")
df["hour_of_day"] = ts.dt.hour.astype(str)
df["weekday"] = ts.dt.dayofweek.astype(str)

cat_cols = ["C1", "banner_pos", "site_category", "app_category", "device_type",
            "device_conn_type", "C15", "C16", "C18", "hour_of_day", "weekday"]

# high cardinality fields: keep the 200 most frequent values, rest -> "other"
for col in ["site_domain", "app_domain", "device_model"]:
    top = df[col].value_counts().index[:200]
    df[col] = df[col].where(df[col].isin(top), "other")
    cat_cols.append(col)

for c in cat_cols:
    print(c, df[c].nunique())

enc = OneHotEncoder(handle_unknown="ignore")
X = enc.fit_transform(df[cat_cols])
y = df["click"].values
print("one-hot dims:", X.shape[1])

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=42
)

clf = LogisticRegression(C=0.5, solver="liblinear", max_iter=200)
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]

# baseline = predict the training CTR for every impression
base_p = np.full(len(y_test), y_train.mean())
print("baseline logloss: %.5f" % log_loss(y_test, base_p))
print("logreg   logloss: %.5f" % log_loss(y_test, p))
print("logreg   AUC    : %.4f" % roc_auc_score(y_test, p))
