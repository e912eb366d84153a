# CTR take-home -- logistic regression with clicks repeated to balance the classes
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

REPEAT = 5
DEVICE = {"mobile": 0, "desktop": 1, "tablet": 2}

df = pd.read_csv("train.csv", parse_dates=["impression_time"])
print(df.shape)
print(df["clicked"].value_counts())
print(df.groupby("ad_position")["clicked"].mean().round(4))
print(df.groupby(df["impression_time"].dt.hour)["clicked"].mean().round(4).to_string())
print("users:", df["user_id"].nunique(), "ads:", df["ad_id"].nunique())
print("missing values:")
print(df.isna().mean().round(3))


def design(frame):
    X = pd.DataFrame(index=frame.index)
    X["hour"] = frame["impression_time"].dt.hour
    X["weekday"] = frame["impression_time"].dt.weekday
    X["device"] = frame["device_type"].map(DEVICE).fillna(3)
    X["ad_position"] = frame["ad_position"]
    X["log_bid"] = np.log1p(frame["bid_price"].fillna(0).clip(lower=0))
    X["age"] = frame["user_age_bucket"].fillna(-1)
    X["mobile_top"] = ((X["device"] == 0) & (X["ad_position"] == 1)).astype(int)
    return X


clicks = df[df["clicked"] == 1]
df_bal = pd.concat([df] + [clicks] * (REPEAT - 1), ignore_index=True)
df_bal = df_bal.sort_values("impression_time").reset_index(drop=True)
print("click share after repeating:", df_bal["clicked"].mean().round(3))

cut = df_bal["impression_time"].quantile(0.8)
tr = df_bal[df_bal["impression_time"] < cut]
te = df_bal[df_bal["impression_time"] >= cut]
te = te[~te["user_id"].isin(tr["user_id"])]
print("train", len(tr), "test", len(te))

X_tr, y_tr = design(tr), tr["clicked"]
X_te, y_te = design(te), te["clicked"]

baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=2000)).fit(X_tr, y_tr)

print("baseline accuracy:", round(accuracy_score(y_te, baseline.predict(X_te)), 4))
print("logreg   accuracy:", round(accuracy_score(y_te, model.predict(X_te)), 4))

coef = pd.Series(model[-1].coef_[0], index=X_tr.columns).sort_values()
print(coef)

sub = pd.read_csv("test.csv", parse_dates=["impression_time"])
sub["prediction"] = model.predict_proba(design(sub))[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
