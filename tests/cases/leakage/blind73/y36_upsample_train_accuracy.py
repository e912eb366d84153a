"""Over-asking classifier with the minority class upsampled in the training data."""
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import resample

TARGET = "sold_over_ask"
COLS = ["asking_price", "sqft", "bedrooms", "bathrooms", "year_built", "listing_photos",
        "agent_experience_yrs", "month_listed", "has_open_house", "school_rating",
        "latitude", "longitude"]

df = pd.read_csv("train.csv")
df = df.dropna(subset=COLS)
print(f"{len(df)} listings, {df[TARGET].mean():.1%} sold over asking")
print(df.groupby(TARGET)[["asking_price", "listing_photos", "has_open_house"]].mean().round(2))
train, test = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=1)

# upsample the over-asking listings in the training part until the classes are even
majority = train[train[TARGET] == 0]
minority = train[train[TARGET] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=1)
train_bal = pd.concat([majority, minority_up]).sample(frac=1, random_state=1)
print("train after upsampling:", train_bal[TARGET].value_counts().to_dict())

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=1.0))
model.fit(train_bal[COLS], train_bal[TARGET])

acc = accuracy_score(test[TARGET], model.predict(test[COLS]))
print(f"Accuracy on held-out listings: {acc:.3f}")

coefs = pd.Series(model[-1].coef_[0], index=COLS).sort_values()
print(coefs.round(3).to_string())

# final model on all labelled listings (upsampled the same way) -> predictions.csv
maj_all = df[df[TARGET] == 0]
min_all = resample(df[df[TARGET] == 1], replace=True, n_samples=len(maj_all), random_state=1)
full_bal = pd.concat([maj_all, min_all])
model.fit(full_bal[COLS], full_bal[TARGET])
test_listings = pd.read_csv("test.csv")
test_listings[COLS] = test_listings[COLS].fillna(df[COLS].median())
pd.DataFrame({"listing_id": test_listings["listing_id"],
              "prediction": model.predict_proba(test_listings[COLS])[:, 1]}).to_csv("predictions.csv", index=False)
