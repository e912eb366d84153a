import warnings
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OrdinalEncoder
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score

warnings.filterwarnings("ignore")

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

target = "attrition"
cats = ["business_travel", "department", "education_field", "gender", "job_role",
        "marital_status", "overtime"]
nums = ["age", "monthly_income", "distance_from_home", "education",
        "environment_satisfaction", "job_involvement", "job_level", "job_satisfaction", "num_companies_worked", "percent_salary_hike",
        "performance_rating", "relationship_satisfaction", "stock_option_level",
        "total_working_years", "training_times_last_year", "work_life_balance",
        "years_at_company", "years_in_current_role", "years_since_last_promotion",
        "years_with_curr_manager"]

# EDA summary
print(train[target].value_counts())
print(train.groupby("overtime")[target].mean().round(3))
print(train[nums].describe().T[["mean", "std", "min", "max"]].round(1))

X = train[cats + nums]
y = train[target]

prep = make_column_transformer(
    (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cats),
    remainder="passthrough",
)

clf = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=300,
                                     class_weight="balanced", random_state=0)
pipe = make_pipeline(prep, clf)

# 5-fold x 4 repeats, stratified so every fold keeps the ~16% leaver share
cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=4, random_state=0)
scores = cross_val_score(pipe, X, y, cv=cv, n_jobs=-1)
print(f"CV accuracy {scores.mean():.4f} +/- {scores.std():.4f}")
print("per-repeat means:", scores.reshape(4, 5).mean(axis=1).round(4))

# percentile bootstrap over fold scores for a rough interval
rng = np.random.default_rng(0)
boot = [rng.choice(scores, len(scores)).mean() for _ in range(5000)]
print("95%% interval: %.4f - %.4f" % tuple(np.percentile(boot, [2.5, 97.5])))

final = pipe.fit(X, y)
pd.DataFrame({"employee_id": test["employee_id"],
              "prediction": final.predict_proba(test[cats + nums])[:, 1]}).to_csv(
    "predictions.csv", index=False)
