import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

listings = pd.read_csv("train.csv")
listings["ask_ppsf"] = listings["asking_price"] / listings["sqft"]
listings["age"] = 2024 - listings["year_built"]
listings["rooms"] = listings["bedrooms"] + listings["bathrooms"]
listings = pd.get_dummies(listings, columns=["property_type"], dtype=int)

exclude = ["listing_id", "sold_over_ask", "zip_code", "final_list_price", "num_offers", "days_on_market"]
X = listings.drop(columns=exclude).fillna(-1)
y = listings["sold_over_ask"]

# recursive feature elimination down to 8 features
rfe = RFE(RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=-1), n_features_to_select=8, step=1)
rfe.fit(X, y)
selected = X.columns[rfe.support_].tolist()
print("selected:", selected)

X_train, X_test, y_train, y_test = train_test_split(X[selected], y, test_size=0.2, random_state=0, stratify=y)

clf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, random_state=0, n_jobs=-1)
clf.fit(X_train, y_train)

print("baseline accuracy (always 'not over ask'):", round(1 - y_test.mean(), 4))
print("random forest accuracy                  :", round(accuracy_score(y_test, clf.predict(X_test)), 4))

ranking = pd.Series(rfe.ranking_, index=X.columns).sort_values()
print("\nRFE ranking (1 = kept):")
print(ranking.head(15).to_string())

importances = pd.Series(clf.feature_importances_, index=selected).sort_values(ascending=False)
print("\nimportances of the selected features:")
print(importances.round(3).to_string())

# submission
test = pd.read_csv("test.csv")
test["ask_ppsf"] = test["asking_price"] / test["sqft"]
test["age"] = 2024 - test["year_built"]
test["rooms"] = test["bedrooms"] + test["bathrooms"]
test = pd.get_dummies(test, columns=["property_type"], dtype=int)
test = test.reindex(columns=X.columns, fill_value=0).fillna(-1)
clf.fit(X[selected], y)
pd.DataFrame({"listing_id": pd.read_csv("test.csv")["listing_id"],
              "prediction": clf.predict_proba(test[selected])[:, 1]}).to_csv("predictions.csv", index=False)
