# Applicant screening: gradient boosting with "pedigree" features.
# Hire rate of each university and of each role is a strong prior for a new application.

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "hired"
DROP = ["applicant_id", "interview_score", "offer_salary", "reference_check_passed"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, "hire rate", round(df[TARGET].mean(), 3))

# --- pedigree features ---
global_rate = df[TARGET].mean()
uni_stats = df.groupby("university")[TARGET].agg(["mean", "count"])
uni_rate = (uni_stats["mean"] * uni_stats["count"] + 10 * global_rate) / (uni_stats["count"] + 10)
role_rate = df.groupby("role_applied")[TARGET].mean()

for frame in (df, test):
    frame["university_hire_rate"] = frame["university"].map(uni_rate).fillna(global_rate)
    frame["role_hire_rate"] = frame["role_applied"].map(role_rate).fillna(global_rate)
    frame["exp_x_skills"] = frame["years_experience"] * frame["skills_match_pct"] / 100

print(uni_rate.sort_values(ascending=False).head(10))

features = ["years_experience", "gpa", "skills_match_pct", "assessment_score", "num_previous_jobs",
            "referral", "cover_letter_words", "university_hire_rate", "role_hire_rate", "exp_x_skills"]
edu = pd.get_dummies(df["education_level"], prefix="edu", dtype=int)
X = pd.concat([df[features], edu], axis=1).fillna(-1)
y = df[TARGET]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.25, stratify=y, random_state=17)

gbc = GradientBoostingClassifier(n_estimators=400, learning_rate=0.05, max_depth=3, subsample=0.8,
                                 random_state=17)
gbc.fit(X_train, y_train)
proba = gbc.predict_proba(X_val)[:, 1]
print(f"validation ROC AUC: {roc_auc_score(y_val, proba):.4f}")
print(f"validation PR AUC : {average_precision_score(y_val, proba):.4f}")
print(pd.Series(gbc.feature_importances_, index=X.columns).sort_values(ascending=False).head(8))

X_test = pd.concat([test[features], pd.get_dummies(test["education_level"], prefix="edu", dtype=int)], axis=1)
X_test = X_test.reindex(columns=X.columns, fill_value=0).fillna(-1)
gbc.fit(X, y)
pd.DataFrame({"applicant_id": test["applicant_id"], "prediction": gbc.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
