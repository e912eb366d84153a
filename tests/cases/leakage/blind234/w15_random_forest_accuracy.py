import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# ---- load ----
df = pd.read_csv("train.csv")
df["session_ts"] = pd.to_datetime(df["session_ts"])
print(df.shape)
print(df.dtypes)

# ---- clean up ----
df["search_count"] = df["search_count"].fillna(0)
df["discount_banner_seen"] = df["discount_banner_seen"].fillna(0).astype(int)
df["device"] = df["device"].fillna("unknown")
df["traffic_source"] = df["traffic_source"].fillna("direct")

# ---- features ----
df = df.sort_values(["visitor_id", "session_ts"])
df["visit_count"] = df.groupby("visitor_id").cumcount() + 1
df["hour"] = df["session_ts"].dt.hour
df["weekday"] = df["session_ts"].dt.weekday
df["month"] = df["session_ts"].dt.month
df["cart_to_view"] = np.where(df["product_views"] > 0, df["cart_adds"] / df["product_views"], 0)
df["long_session"] = (df["session_duration_sec"] > 600).astype(int)

dummies = pd.get_dummies(df[["device", "traffic_source", "landing_page_type"]], prefix_sep="=")
df = pd.concat([df, dummies], axis=1)

features = [
    "pages_viewed", "product_views", "search_count", "cart_adds",
    "session_duration_sec", "discount_banner_seen", "is_logged_in",
    "visit_count", "hour", "weekday", "cart_to_view", "long_session",
] + list(dummies.columns)

# ---- split ----
# last two months are the test period; test visitors must be new so we don't
# score someone whose earlier sessions we trained on
split_date = pd.Timestamp("2023-11-01")
train = df[df["session_ts"] < split_date]
test = df[df["session_ts"] >= split_date]
test = test[~test["visitor_id"].isin(train["visitor_id"].unique())]
print("train", train.shape, "test", test.shape)

X_train = train[features]
y_train = train["purchased"]
X_test = test[features]
y_test = test["purchased"]

# ---- model ----
depths = [6, 10, 14, None]
for d in depths:
    rf = RandomForestClassifier(n_estimators=200, max_depth=d, min_samples_leaf=5,
                                n_jobs=-1, random_state=0)
    rf.fit(X_train, y_train)
    print("max_depth", d, "train acc", round(accuracy_score(y_train, rf.predict(X_train)), 4))

rf = RandomForestClassifier(n_estimators=400, max_depth=10, min_samples_leaf=5,
                            n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)

train_acc = accuracy_score(y_train, rf.predict(X_train))
test_acc = accuracy_score(y_test, rf.predict(X_test))
print("Train accuracy:", round(train_acc, 4))
print("Test accuracy: ", round(test_acc, 4))

imp = pd.DataFrame({"feature": features, "importance": rf.feature_importances_})
print(imp.sort_values("importance", ascending=False).head(15).to_string(index=False))

# ---- predictions ----
sub = pd.read_csv("test.csv")
sub["session_ts"] = pd.to_datetime(sub["session_ts"])
sub["search_count"] = sub["search_count"].fillna(0)
sub["discount_banner_seen"] = sub["discount_banner_seen"].fillna(0).astype(int)
sub["device"] = sub["device"].fillna("unknown")
sub["traffic_source"] = sub["traffic_source"].fillna("direct")
sub = sub.sort_values(["visitor_id", "session_ts"])
sub["visit_count"] = sub.groupby("visitor_id").cumcount() + 1
sub["hour"] = sub["session_ts"].dt.hour
sub["weekday"] = sub["session_ts"].dt.weekday
sub["month"] = sub["session_ts"].dt.month
sub["cart_to_view"] = np.where(sub["product_views"] > 0, sub["cart_adds"] / sub["product_views"], 0)
sub["long_session"] = (sub["session_duration_sec"] > 600).astype(int)
sub = pd.concat([sub, pd.get_dummies(sub[["device", "traffic_source", "landing_page_type"]], prefix_sep="=")], axis=1)
sub = sub.reindex(columns=list(sub.columns) + [c for c in features if c not in sub.columns], fill_value=0)
sub["prediction"] = rf.predict_proba(sub[features])[:, 1]
sub[["session_id", "prediction"]].to_csv("predictions.csv", index=False)
