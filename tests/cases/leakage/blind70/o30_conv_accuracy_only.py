import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("train rows:", len(train), "| test rows:", len(test))
print("distinct users:", train["user_id"].nunique())
print("clicks per user (median):", train.groupby("user_id").size().median())
print("missing values per column:")
print(train.isna().sum()[lambda s: s > 0])

# a few users in test also clicked in train? (just curious)
overlap = set(train["user_id"]) & set(test["user_id"])
print("users present in both files:", len(overlap))

categorical = ["advertiser_id", "publisher_id", "device_os", "browser", "country",
               "landing_page_type", "hour_of_day", "day_of_week"]
numerical = ["cpc_bid", "user_prev_clicks"]

X = train[categorical + numerical]
y = train["converted"]
users = train["user_id"]

pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), categorical),
    ("num", StandardScaler(), numerical),
])
pipe = Pipeline([
    ("pre", pre),
    ("clf", SGDClassifier(loss="log_loss", alpha=1e-4, max_iter=20, tol=None, random_state=0)),
])

# users have several clicks each -> keep all of a user's clicks in the same fold
cv = GroupKFold(n_splits=5)
scores = cross_val_score(pipe, X, y, groups=users, cv=cv, scoring="accuracy", n_jobs=-1)
print("fold accuracy:", scores.round(4))
print("mean accuracy: %.4f +/- %.4f" % (scores.mean(), scores.std()))

pipe.fit(X, y)
pd.DataFrame({
    "click_id": test["click_id"],
    "prediction": pipe.predict_proba(test[categorical + numerical])[:, 1],
}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
