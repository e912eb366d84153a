import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

pd.set_option("display.width", 160)

df = pd.read_csv("train.csv", parse_dates=["week_start"])
print(df.shape)
print(df.head(10))
print(df.isna().sum())
print("upgrade rate:", df["upgraded"].mean())

# EDA
print(df.groupby("plan_tier")["upgraded"].mean())
print(df.groupby(pd.cut(df["seats"], [0, 5, 10, 25, 50, 1000]))["upgraded"].mean())
print(df[["seats", "active_users", "feature_x_usage", "support_chats", "upgraded"]].corr().round(3))

# ---------------------------------------------------------------
# cleaning
# ---------------------------------------------------------------
# upgrade_channel is the channel through which the upgrade happened -> only known afterwards
df = df.drop(columns=["upgrade_channel"])

# a few accounts have missing usage numbers; fill with column means
df = df.fillna(df.mean(numeric_only=True))

df["active_share"] = df["active_users"] / df["seats"].clip(lower=1)
df["usage_per_user"] = df["feature_x_usage"] / df["active_users"].clip(lower=1)
df["month"] = df["week_start"].dt.month
df = pd.get_dummies(df, columns=["plan_tier"], dtype=float)

features = [c for c in df.columns if c not in ("account_week_id", "week_start", "upgraded")]
print(features)

X = df[features]
y = df["upgraded"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10)

model = GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3, random_state=10)
model.fit(X_train, y_train)

print("train acc:", accuracy_score(y_train, model.predict(X_train)))
print("test acc: ", accuracy_score(y_test, model.predict(X_test)))

fi = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(fi)

# ---------------------------------------------------------------
# submission
# ---------------------------------------------------------------
model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["week_start"])
means = pd.read_csv("train.csv").mean(numeric_only=True)
test = test.fillna(means)
test["active_share"] = test["active_users"] / test["seats"].clip(lower=1)
test["usage_per_user"] = test["feature_x_usage"] / test["active_users"].clip(lower=1)
test["month"] = test["week_start"].dt.month
test = pd.get_dummies(test, columns=["plan_tier"], dtype=float)
test = test.reindex(columns=["account_week_id"] + features, fill_value=0.0)
pd.DataFrame({"account_week_id": test["account_week_id"], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
