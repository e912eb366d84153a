import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
cols = ["amount", "hour", "card_present", "device_age_days", "merchant_category", "country"]
X, y = df[cols], df["is_fraud"]
print(X.shape, y.mean())

enc = make_column_transformer(
    (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), ["merchant_category", "country"]),
    remainder="passthrough",
)
pipe = make_pipeline(enc, RandomForestClassifier(n_jobs=-1, random_state=5, class_weight="balanced_subsample"))
grid = GridSearchCV(
    pipe,
    {"randomforestclassifier__n_estimators": [200, 500],
     "randomforestclassifier__max_depth": [8, 16, None],
     "randomforestclassifier__min_samples_leaf": [1, 5, 20]},
    scoring="average_precision",
    cv=StratifiedKFold(4, shuffle=True, random_state=5),
    n_jobs=-1,
)
grid.fit(X, y)
print(grid.best_params_, round(grid.best_score_, 4))

# final check on a holdout
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)
best = grid.best_estimator_
p = best.predict_proba(X_test)[:, 1]
print("holdout AP ", round(average_precision_score(y_test, p), 4))
print("holdout AUC", round(roc_auc_score(y_test, p), 4))

pd.DataFrame({"transaction_id": test.transaction_id, "prediction": best.predict_proba(test[cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
