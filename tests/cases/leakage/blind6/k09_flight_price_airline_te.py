# Flight Price Prediction (Indian domestic flights, Mar-Jun 2019)
# Regression on Price with RandomForest / ExtraTrees

import re
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

train_data = pd.read_csv('input/flight_price/Data_Train.csv')
pd.set_option('display.max_columns', None)
print(train_data.head())
train_data.info()

print(train_data.isnull().sum())
train_data.dropna(inplace=True)
print('duplicates:', train_data.duplicated().sum())
train_data.drop_duplicates(inplace=True)

print(train_data['Airline'].value_counts())
print(train_data['Source'].value_counts())
print(train_data['Destination'].value_counts())
print(train_data['Total_Stops'].value_counts())

sns.catplot(y='Price', x='Airline', data=train_data.sort_values('Price', ascending=False),
            kind='boxen', height=6, aspect=3)
plt.show()

# ---------------- date / time columns (dd/mm/yyyy, HH:MM)
train_data['Journey_day'] = train_data['Date_of_Journey'].str.split('/').str[0].astype(int)
train_data['Journey_month'] = train_data['Date_of_Journey'].str.split('/').str[1].astype(int)

train_data['Dep_hour'] = train_data['Dep_Time'].str.split(':').str[0].astype(int)
train_data['Dep_min'] = train_data['Dep_Time'].str.split(':').str[1].astype(int)
train_data['Arrival_hour'] = train_data['Arrival_Time'].str[:5].str.split(':').str[0].astype(int)
train_data['Arrival_min'] = train_data['Arrival_Time'].str[:5].str.split(':').str[1].astype(int)


def duration_to_minutes(s):
    h = re.search(r'(\d+)h', s)
    m = re.search(r'(\d+)m', s)
    return (int(h.group(1)) if h else 0) * 60 + (int(m.group(1)) if m else 0)


train_data['Duration_mins'] = train_data['Duration'].apply(duration_to_minutes)
train_data = train_data[train_data['Duration_mins'] > 0]

stops_map = {'non-stop': 0, '1 stop': 1, '2 stops': 2, '3 stops': 3, '4 stops': 4}
train_data['Stops'] = train_data['Total_Stops'].map(stops_map)

# ---------------- price level of the carrier and of the route
# premium carriers (Jet Airways Business, Vistara Premium) sit far above the rest,
# so give the model the typical fare of each airline / route directly
train_data['Airline_mean_price'] = train_data.groupby('Airline')['Price'].transform('mean')
train_data['Route_median_price'] = train_data.groupby(['Source', 'Destination'])['Price'].transform('median')

print(train_data[['Airline', 'Airline_mean_price']].drop_duplicates().sort_values('Airline_mean_price'))

# ---------------- one-hot for the nominal columns
dummies = pd.get_dummies(train_data[['Airline', 'Source', 'Destination']], drop_first=True, dtype=int)
data = pd.concat([train_data, dummies], axis=1)
data = data.drop(columns=['Airline', 'Source', 'Destination', 'Date_of_Journey', 'Route',
                          'Dep_Time', 'Arrival_Time', 'Duration', 'Total_Stops',
                          'Additional_Info'])
print(data.shape)

plt.figure(figsize=(14, 10))
sns.heatmap(data[['Price', 'Stops', 'Duration_mins', 'Journey_day', 'Journey_month',
                  'Airline_mean_price', 'Route_median_price']].corr(), annot=True, cmap='RdYlGn')
plt.show()

X = data.drop(columns=['Price'])
y = data['Price']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

reg = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=42)
reg.fit(X_train, y_train)
y_pred = reg.predict(X_test)

print('R2  :', round(r2_score(y_test, y_pred), 4))
print('MAE :', round(mean_absolute_error(y_test, y_pred), 1))
print('RMSE:', round(np.sqrt(mean_squared_error(y_test, y_pred)), 1))

imp = pd.Series(reg.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))

plt.scatter(y_test, y_pred, alpha=0.4)
plt.xlabel('y_test'); plt.ylabel('y_pred')
plt.show()
