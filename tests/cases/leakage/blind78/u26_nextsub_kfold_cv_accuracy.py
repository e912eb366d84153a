# Missed next assignment -- quick model comparison with 5-fold CV
import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values("week_start").reset_index(drop=True)
print(df.shape)
print("weeks:", df["week_start"].min().date(), "to", df["week_start"].max().date())
print("courses:", df["course_id"].nunique(), " students:", df["student_id"].nunique())
print(df["missed_next_assignment"].value_counts())

# a couple of simple ratios
df["clicks_per_session"] = df["n_clicks"] / df["n_sessions"].clip(lower=1)
df["inactive"] = (df["days_since_last_login"] >= 7).astype(int)

cols = ["week_of_course", "n_clicks", "n_sessions", "minutes_active", "resource_views",
        "forum_posts", "quiz_attempts", "days_since_last_login",
        "prev_assignment_score", "prev_submitted_late", "clicks_per_session", "inactive"]
df["prev_assignment_score"] = df["prev_assignment_score"].fillna(0)
X = df[cols]
y = df["missed_next_assignment"]

models = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "rf": RandomForestClassifier(n_estimators=200, min_samples_leaf=5, random_state=0, n_jobs=-1),
    "gbm": GradientBoostingClassifier(random_state=0),
}

results = {}
for name, model in models.items():
    scores = cross_val_score(model, X, y, cv=5)
    results[name] = scores.mean()
    print(f"{name:8s} {scores.mean():.4f} (+/- {scores.std():.4f})")

best = max(results, key=results.get)
print("best:", best)

final = models[best].fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["week_start"])
test["prev_assignment_score"] = test["prev_assignment_score"].fillna(0)
test["clicks_per_session"] = test["n_clicks"] / test["n_sessions"].clip(lower=1)
test["inactive"] = (test["days_since_last_login"] >= 7).astype(int)
pd.DataFrame({"row_id": test["row_id"],
              "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)
