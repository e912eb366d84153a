# Heart disease classifier - PyCaret
# numeric features scaled up front so the linear models behave, then handed to PyCaret.
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, classification_report
from pycaret.classification import setup, compare_models, predict_model, pull, save_model

df = pd.read_csv("heart_2020_cleaned_sample.csv")
print(df.shape)
print(df["HeartDisease"].value_counts())

df["HeartDisease"] = (df["HeartDisease"] == "Yes").astype(int)
binary = ["Smoking", "AlcoholDrinking", "Stroke", "DiffWalking", "PhysicalActivity", "Asthma", "KidneyDisease", "SkinCancer"]
for c in binary:
    df[c] = (df[c] == "Yes").astype(int)

num_cols = ["BMI", "PhysicalHealth", "MentalHealth", "SleepTime"]
print(df[num_cols].describe().T)

scaler = StandardScaler()
df[num_cols] = scaler.fit_transform(df[num_cols])

train, test = train_test_split(df, test_size=0.25, stratify=df["HeartDisease"], random_state=0)

s = setup(
    data=train,
    test_data=test,
    target="HeartDisease",
    categorical_features=["Sex", "AgeCategory", "Race", "Diabetic", "GenHealth"],
    fix_imbalance=True,
    session_id=0,
    verbose=False,
)

best = compare_models(include=["lr", "ridge", "lightgbm", "xgboost", "rf"], sort="AUC", fold=5)
print(pull().head(10))

preds = predict_model(best, data=test, raw_score=True)
print("holdout AUC:", roc_auc_score(preds["HeartDisease"], preds["prediction_score_1"]))
print(classification_report(preds["HeartDisease"], preds["prediction_label"]))

save_model(best, "heart_best")
